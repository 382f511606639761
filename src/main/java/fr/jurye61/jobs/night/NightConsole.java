package fr.jurye61.jobs.night;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the clerk reads during a night: one French line per event on standard error, each with
 * its time. The technical log (English, class names, stack traces) never comes here.
 *
 * <p>Run from {@code jobs/nightly.sh} on a terminal, the lines are also appended to the night's
 * log file named by {@code JURY_CONSOLE_LOG} (the terminal itself gets a live bar instead of the
 * progress lines); elsewhere standard error is that log already.
 */
public final class NightConsole {
    private static final Logger LOG = LoggerFactory.getLogger("fr.jurye61.console");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** Set by jobs/nightly.sh when standard error is a terminal that it does not see through a pipe. */
    static final String TERMINAL = "JURY_TERMINAL";
    static final String COPY = "JURY_CONSOLE_LOG";

    private NightConsole() {
    }

    /** A line for the clerk, on the console and in the night's log. */
    public static void say(String message) {
        String line = TIME.format(LocalTime.now()) + "  " + message;
        System.err.println(line);
        copy(line);
        LOG.info(message);
    }

    /** A progress line for the log only: on a terminal, the live bar shows it. */
    static void sayToLogOnly(String message) {
        copy(TIME.format(LocalTime.now()) + "  " + message);
        LOG.info(message);
    }

    /**
     * Whether standard error is a terminal a live bar can redraw: the JVM's console, or the
     * script's word for it; never under CI.
     */
    public static boolean interactive() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return false;
        }
        return System.console() != null || "1".equals(System.getenv(TERMINAL));
    }

    private static void copy(String line) {
        String file = System.getenv(COPY);
        if (file == null || file.isBlank() || !interactive()) {
            return; // not on a terminal: standard error is the log
        }
        try {
            Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Console copy not written to {}", file, e);
        }
    }
}
