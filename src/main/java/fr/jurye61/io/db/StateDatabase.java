package fr.jurye61.io.db;

import java.nio.file.Path;

/** Where the state lives: one HSQLDB file database under --state, for the job and for explain. */
public final class StateDatabase {
    public static final String LOCK_FILE = "jury-e61.lock";

    private StateDatabase() {
    }

    /**
     * Written through (no write delay) so that a killed run loses no committed chunk; tables on
     * disk (cached), so that memory does not grow with the session or the number of nights.
     */
    public static String url(Path state) {
        return "jdbc:hsqldb:file:" + state.toAbsolutePath().normalize().resolve("jury-e61")
                + ";shutdown=true;hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached";
    }
}
