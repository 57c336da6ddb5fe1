package io.veille.app.up;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends every log of the process to one file (appended to), so that the terminal of {@code veille up}
 * shows only its status line: Veille's own loggers at INFO, the Kafka and Elasticsearch clients at WARN.
 */
public final class UpLogging {
    /** Kafka Streams' window aggregation, which logs every record that arrives after its window closed. */
    public static final String TREND_WINDOW_LOGGER = "org.apache.kafka.streams.kstream.internals.KStreamWindowAggregate";

    private UpLogging() {
    }

    /** Replaces the logging configuration with a file appender on {@code file} (its folder is created). */
    public static void toFile(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log folder of " + file, e);
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toAbsolutePath().toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        context.getLogger("org.apache.kafka").setLevel(Level.WARN);
        // the readiness probes expect refused connections while the broker starts
        context.getLogger("org.apache.kafka.clients.NetworkClient").setLevel(Level.ERROR);
        context.getLogger("org.apache.kafka.streams.KafkaStreams").setLevel(Level.INFO);
        // one warning per trend point too late for its window floods the file on a backfill of old articles;
        // Kafka Streams counts them in its dropped-records metric
        context.getLogger(TREND_WINDOW_LOGGER).setLevel(Level.ERROR);
        context.getLogger("org.elasticsearch").setLevel(Level.WARN);
        context.getLogger("org.apache.http").setLevel(Level.WARN);
        context.getLogger("co.elastic").setLevel(Level.WARN);
    }
}
