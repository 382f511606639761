package fr.jurye61.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A command run in this JVM with its standard error captured (what the clerk reads on the
 * console), and its standard output (what the command prints: help, reports).
 */
record Captured(int exit, String console, String out) {

    static Captured run(String... args) {
        PrintStream err = System.err;
        PrintStream stdout = System.out;
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            int exit = JuryE61.execute(args);
            return new Captured(exit, capturedErr.toString(StandardCharsets.UTF_8),
                    capturedOut.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
            System.setOut(stdout);
        }
    }
}
