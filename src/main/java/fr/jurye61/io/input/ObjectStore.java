package fr.jurye61.io.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Input contents by SHA-256 under {@code --state/instantanes/objets/}: a file unchanged from one
 * night to the next is stored once. Objects are written under a temporary name and renamed, so a
 * killed night never leaves half an object under a hash.
 */
public final class ObjectStore {
    private static final int BUFFER = 1 << 16;

    private ObjectStore() {
    }

    /** Where the objects of a state folder live. */
    public static Path folder(Path state) {
        return state.toAbsolutePath().normalize().resolve("instantanes").resolve("objets");
    }

    public static Path path(Path objects, String sha256) {
        return objects.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The SHA-256 of what the channel holds from its start, read to the end. */
    static Hashed hash(FileChannel channel) throws IOException {
        MessageDigest digest = sha256();
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long size = 0;
        channel.position(0);
        int n;
        while ((n = channel.read(buffer)) >= 0) {
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
            size += n;
        }
        return new Hashed(HexFormat.of().formatHex(digest.digest()), size);
    }

    /** A content's hash and its size in bytes. */
    record Hashed(String sha256, long size) {
    }

    /**
     * Copies what the channel holds into the store and returns the hash of what was copied (the
     * file may have changed since it was last hashed: the copy is what the night keeps).
     */
    static Hashed copy(FileChannel channel, Path objects) throws IOException {
        Path temp;
        try {
            Files.createDirectories(objects);
            temp = Files.createTempFile(objects, ".objet-", ".tmp");
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
        try {
            MessageDigest digest = sha256();
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            long size = 0;
            channel.position(0);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                int n;
                while ((n = channel.read(buffer)) >= 0) {
                    buffer.flip();
                    digest.update(buffer.duplicate());
                    try {
                        while (buffer.hasRemaining()) {
                            out.write(buffer);
                        }
                    } catch (IOException e) {
                        throw new WriteFailure(e);
                    }
                    buffer.clear();
                    size += n;
                }
            }
            Hashed hashed = new Hashed(HexFormat.of().formatHex(digest.digest()), size);
            Path target = path(objects, hashed.sha256());
            try {
                Files.createDirectories(target.getParent());
                if (!Files.exists(target)) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (FileAlreadyExistsException e) {
                // the same content was kept meanwhile: keep what exists
            } catch (IOException e) {
                throw new WriteFailure(e);
            }
            return hashed;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writing into the state failed (a full disk): unlike a bad input file, the night cannot go
     * on without it.
     */
    public static final class WriteFailure extends IOException {
        WriteFailure(IOException cause) {
            super("écriture impossible dans l'état (" + cause.getMessage() + ")", cause);
        }
    }

    /** An object is whole when it is there with the size recorded for it. */
    public static boolean holds(Path objects, SnapshotEntry entry) {
        if (!entry.kept()) {
            return true;
        }
        Path object = path(objects, entry.sha256());
        try {
            return Files.isRegularFile(object) && Files.size(object) == entry.taille();
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes every object no entry of {@code kept} refers to; returns how many were removed. */
    public static int collect(Path objects, Set<String> kept) throws IOException {
        if (!Files.isDirectory(objects)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> walk = Files.walk(objects, 2)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (!kept.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
