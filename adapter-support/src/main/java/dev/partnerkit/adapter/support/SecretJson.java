package dev.partnerkit.adapter.support;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.partnerkit.domain.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a wire record's {@link Secret} fields (passwords, verification codes) reach the request body, and only there:
 * {@link Writer} reveals a secret into the JSON it writes, and {@link #write} hands the caller every value it revealed,
 * so that logs and vendor answers that echo the input can be scrubbed of exactly those values.
 */
public final class SecretJson {

  /**
   * Where this thread's {@link #write} collects the values it reveals (a thread-local rather than a writer attribute:
   * an attribute needs an {@code ObjectWriter} and a copy of the config's attributes per call).
   */
  private static final ThreadLocal<Collector> REVEALED = ThreadLocal.withInitial(Collector::new);
  private static final String MASKED = SecretJson.class.getName() + ".masked";
  private static final String MASK = "******";

  private SecretJson() {}

  /**
   * A request body and the secret values written into it.
   *
   * @param bytes the JSON body
   * @param secrets each revealed value as escaped inside JSON (when that differs) and as given: what a log or an echo
   *     may show, in the order to scrub them
   */
  public record Body(byte[] bytes, List<String> secrets) {

    /** Copies the list. */
    public Body {
      secrets = List.copyOf(secrets);
    }
  }

  /**
   * Serializes {@code request} with {@code mapper}, collecting the secrets its {@link Writer} fields reveal.
   *
   * @param mapper the adapter's mapper
   * @param request a wire record
   * @return the body and the revealed values
   * @throws JsonProcessingException if the record cannot be serialized
   */
  public static Body write(ObjectMapper mapper, Object request) throws JsonProcessingException {
    List<String> revealed = new ArrayList<>(2);
    Collector collector = REVEALED.get();
    List<String> outer = collector.into;
    collector.into = revealed;
    try {
      return new Body(mapper.writeValueAsBytes(request), revealed);
    } finally {
      collector.into = outer;
    }
  }

  /** One thread's list of revealed values while {@link #write} runs (null otherwise). */
  private static final class Collector {
    private List<String> into;
  }

  /**
   * What may be logged of a request body: {@code request} serialized with every {@link Secret} field written as
   * {@code ******} (the record is serialized again, never the body re-parsed).
   *
   * @param mapper the adapter's mapper
   * @param request a wire record
   * @return the JSON with the secrets masked, or a placeholder if it cannot be serialized
   */
  public static String masked(ObjectMapper mapper, Object request) {
    try {
      return mapper.writer().withAttribute(MASKED, Boolean.TRUE).writeValueAsString(request);
    } catch (JsonProcessingException e) {
      return "(" + request.getClass().getSimpleName() + ", not serializable)";
    }
  }

  /**
   * {@code text} (a vendor message that may echo a parameter, a logged answer) with every occurrence of each of {@code
   * secrets} replaced by {@code ******}, in the order given.
   *
   * @param text any text
   * @param secrets the values to hide, e.g. {@link Body#secrets()}
   * @return the text without them
   */
  public static String scrub(String text, Collection<String> secrets) {
    String result = text;
    for (String secret : secrets) {
      if (!secret.isEmpty()) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }

  /** Writes a {@link Secret} as its plain value: the one place a wire record reveals one. */
  public static final class Writer extends StdSerializer<Secret> {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson. */
    public Writer() {
      super(Secret.class);
    }

    @Override
    public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (Boolean.TRUE.equals(provider.getAttribute(MASKED))) {
        gen.writeString(MASK);
        return;
      }
      String plain = value.reveal();
      gen.writeString(plain);
      List<String> revealed = REVEALED.get().into;
      if (revealed != null) {
        String escaped = new String(JsonStringEncoder.getInstance().quoteAsString(plain));
        if (!escaped.equals(plain)) {
          revealed.add(escaped); // first: a scrub of the plain value could cut it in two
        }
        revealed.add(plain);
      }
    }
  }

  /** Reads a plain JSON string into a {@link Secret} (for tests and tools that read requests back). */
  public static final class Reader extends StdDeserializer<Secret> {

    private static final long serialVersionUID = 1L;

    /** Used by Jackson. */
    public Reader() {
      super(Secret.class);
    }

    @Override
    public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return Secret.of(parser.getValueAsString());
    }
  }
}
