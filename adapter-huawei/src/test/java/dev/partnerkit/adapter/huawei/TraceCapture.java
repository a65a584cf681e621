package dev.partnerkit.adapter.huawei;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.LoggerFactory;

/**
 * Every logger at TRACE, written to memory instead of the console, until closed (then the level is restored). The
 * tests log at INFO (src/test/resources/logback-test.xml); a test that must see what a user with TRACE logging would
 * see opens one of these and asserts on {@link #text()}, and nothing of it is printed.
 */
final class TraceCapture implements AutoCloseable {

  private final Logger root;
  private final Level previous;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

  private TraceCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("[%thread] %level %logger - %msg%n%ex");
    encoder.start();
    appender.setContext(context);
    appender.setName("trace-capture");
    appender.setEncoder(encoder);
    appender.setOutputStream(buffer);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.TRACE);
  }

  /** Starts capturing. */
  static TraceCapture start() {
    return new TraceCapture();
  }

  /** Everything logged since {@link #start()}, exceptions with their stack traces included. */
  String text() {
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    root.setLevel(previous);
    root.detachAppender(appender);
    appender.stop();
  }
}
