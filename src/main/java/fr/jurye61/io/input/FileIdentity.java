package fr.jurye61.io.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file's identity on its disk: device, inode and change time. The change time cannot be set
 * back by a program (unlike the modification time, which {@code cp -p} or {@code touch -d} set),
 * so a file rewritten in place, even with its size and date kept, gets another identity: the
 * same identity means the same bytes, and what was hashed under it need not be hashed again.
 */
public final class FileIdentity {
    private FileIdentity() {
    }

    /** What a file system without inodes and change times gives: never taken as proof of the same bytes. */
    private static final String WEAK = "sans-inode:";

    /** Read without following a link; a file system without inodes gives a weak identity. */
    public static String of(Path file, BasicFileAttributes attributes) {
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:dev,ino,ctime", LinkOption.NOFOLLOW_LINKS);
            FileTime ctime = (FileTime) unix.get("ctime");
            return unix.get("dev") + ":" + unix.get("ino") + ":" + ctime.to(TimeUnit.NANOSECONDS);
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return WEAK + attributes.fileKey() + ":" + attributes.lastModifiedTime().toMillis();
        }
    }

    /** Whether two identities prove the same bytes: equal, and made of an inode and a change time. */
    public static boolean same(String a, String b) {
        return a != null && !a.startsWith(WEAK) && a.equals(b);
    }
}
