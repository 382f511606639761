package fr.jurye61.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The technical log under --state (logs/jury-e61.log): every event with its stack trace, for the
 * auditor and the maintainer, while the console shows French messages only.
 */
final class RunLog {
    static final String RELATIVE = "logs/jury-e61.log";
    /** The file attached in this JVM, if any: only then may a message send the clerk to it. */
    private static volatile Path attached;

    private RunLog() {
    }

    static boolean attached() {
        return attached != null;
    }

    static Path file() {
        return attached;
    }

    /** Attaches the file; Spring Boot is told to leave logging alone so that it stays attached. */
    static Path attach(Path state) {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        Path file = state.toAbsolutePath().normalize().resolve(RELATIVE);
        try {
            Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            return null;
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var previous = root.getAppender("STATE_FILE");
        if (previous != null) { // another night in the same JVM (tests): the file of its own state
            root.detachAppender(previous);
            previous.stop();
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger - %msg%n");
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8); // whatever the locale cron gives
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setName("STATE_FILE");
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        root.addAppender(appender);
        attached = file;
        return file;
    }
}
