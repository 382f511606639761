package fr.jurye61.io.db;

import java.nio.file.Path;

/** Where the state lives: one HSQLDB file database under --state, for the job and for explain. */
public final class StateDatabase {
    public static final String LOCK_FILE = "jury-e61.lock";

    private StateDatabase() {
    }

    /** Written through (no write delay) so that a killed run loses no committed chunk. */
    public static String url(Path state) {
        return "jdbc:hsqldb:file:" + state.toAbsolutePath().normalize().resolve("jury-e61")
                + ";shutdown=true;hsqldb.write_delay=false;hsqldb.tx=mvcc";
    }
}
