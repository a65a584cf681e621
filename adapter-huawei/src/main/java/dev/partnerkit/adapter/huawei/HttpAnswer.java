package dev.partnerkit.adapter.huawei;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An HTTP answer: status, headers (lower-case names, first value) and body bytes. Never printed with its body. */
record HttpAnswer(int status, Map<String, String> headers, byte[] body) {

  HttpAnswer {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  @Override
  public String toString() {
    return "HttpAnswer[" + status + ", " + body.length + " bytes]";
  }
}
