package fr.jurye61.jobs.night;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** The tool's version, as packaged (Implementation-Version), for reports that name their tool. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * This very build: the version and every class path entry's path, size and date (a rebuilt
     * jar of the same version is another tool: its rules may differ). The launcher's class path
     * is the jar itself, or the extracted jar and its libraries (CDS), or the classes folders of
     * a test run.
     */
    public static String identity() {
        StringBuilder identity = new StringBuilder(current());
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            identity.append(' ').append(entry);
            try {
                BasicFileAttributes a = Files.readAttributes(Path.of(entry), BasicFileAttributes.class);
                identity.append(':').append(a.size()).append(':').append(a.lastModifiedTime().toMillis());
            } catch (Exception e) {
                identity.append(":absent");
            }
        }
        return identity.toString();
    }
}
