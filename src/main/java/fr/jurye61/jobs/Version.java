package fr.jurye61.jobs;

/** The tool's version, as packaged (Implementation-Version), for reports that name their tool. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
