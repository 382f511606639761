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

    private RunLog() {
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
        if (root.getAppender("STATE_FILE") != null) {
            return file;
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
        return file;
    }
}
