package dev.partnerkit.adapter.tencent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

/**
 * The request body, remembering whether HttpClient started writing it. A failure before that (no connection, TLS
 * refused) means the vendor cannot have acted on the request; after it, the request may have arrived. The content
 * type is not set here: the transport sets the exact header it signed.
 */
final class SendTrackingEntity extends AbstractHttpEntity {

  private final byte[] body;
  private volatile boolean writeStarted;

  SendTrackingEntity(byte[] body) {
    super((String) null, null, false);
    this.body = body.clone();
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    writeStarted = true;
    out.write(body);
    out.flush();
  }

  /** Whether any of the body may have left this process. */
  boolean writeStarted() {
    return writeStarted;
  }

  @Override
  public InputStream getContent() {
    return new ByteArrayInputStream(body);
  }

  @Override
  public long getContentLength() {
    return body.length;
  }

  @Override
  public boolean isRepeatable() {
    return false;
  }

  @Override
  public boolean isStreaming() {
    return false;
  }

  @Override
  public void close() {}
}
