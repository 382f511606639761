package fr.jurye61.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file under a temporary name in the same folder, then moves it into place,
 * so that a reader never sees a half-written file and a failed run keeps the previous one.
 */
public final class AtomicOutput {

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Temporary files are created private (rw-------); outputs are meant to be read: rw-r--r--. */
    public static void readableByAll(Path path) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                    Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    /**
     * Fault injection for the reliability tests (a forked JVM started with
     * -Djury.test.echec-ecriture=NAME): writing a file of that name fails as a full disk would.
     */
    static final String FAULT = "jury.test.echec-ecriture";

    public static void write(Path target, Content content) throws IOException {
        if (target.getFileName().toString().equals(System.getProperty(FAULT))) {
            throw new IOException("No space left on device (simulated for " + target.getFileName() + ")");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
