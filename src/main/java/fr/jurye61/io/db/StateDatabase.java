package fr.jurye61.io.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Where the state lives: by default one HSQLDB file database under --state, for the job and for
 * explain; with --base, a PostgreSQL database (the folder then keeps only the run's own files).
 */
public final class StateDatabase {
    public static final String LOCK_FILE = "jury-e61.lock";
    private static final String NAME = "jury-e61";

    private StateDatabase() {
    }

    /**
     * Written through (no write delay) so that a killed run loses no committed chunk; tables on
     * disk (cached), so that memory does not grow with the session or the number of nights.
     */
    public static String url(Path state) {
        return "jdbc:hsqldb:file:" + state.toAbsolutePath().normalize().resolve(NAME)
                + ";shutdown=true;hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached";
    }

    /** The state database cannot be opened or read: what is wrong, and how to recover, in French. */
    public static final class Damaged extends Exception {
        private Damaged(String message, Throwable cause) {
            super(message, cause);
        }

        /** An external base that cannot be reached: nothing is damaged, the address or the account is wrong. */
        public static Damaged unreachable(StateBase base, Throwable cause) {
            return new Damaged("la base d'état " + base + " ne répond pas (" + rootMessage(cause) + ") : vérifier "
                    + "l'adresse donnée par --base (ou JURY_BASE), que le serveur PostgreSQL est démarré, et l'utilisateur "
                    + "et le mot de passe (JURY_BASE_UTILISATEUR et JURY_BASE_MOT_DE_PASSE, ou le fichier --identifiants).",
                    cause);
        }

        Damaged(Path state, Throwable cause) {
            super("la base d'état " + state.toAbsolutePath().normalize() + " ne peut pas être ouverte ("
                    + rootMessage(cause) + ") : elle est endommagée (disque plein, arrêt brutal de la machine, "
                    + "fichier modifié à la main). Relancer ne la répare pas. Pour repartir : restaurer la dernière "
                    + "sauvegarde de ce dossier, ou le déplacer ailleurs pour commencer un état neuf (les sorties déjà "
                    + "publiées restent en place ; l'historique des nuits et les comparaisons de changements.csv "
                    + "repartent de zéro).", cause);
        }

        private static String rootMessage(Throwable e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName()
                    : root.getClass().getSimpleName() + " : " + root.getMessage();
        }
    }

    /**
     * Opens the state before anything else, to tell a damaged database from any other failure
     * (a new state, with no database yet, is fine). The connection is returned open: closed once
     * the run's own connections are open, it spares a second opening of the database.
     */
    public static Connection check(StateBase base, Path state) throws Damaged {
        if (!base.isEmbedded()) {
            try {
                return base.connect();
            } catch (SQLException | RuntimeException e) {
                throw Damaged.unreachable(base, e);
            }
        }
        // Only a database that once held its schema must still hold it: a first night killed while
        // creating it left an incomplete new database, which the next start completes.
        boolean initialised = Files.exists(state.resolve(INITIALISED));
        Connection connection = null;
        try {
            connection = base.connect();
            if (initialised) {
                try (Statement statement = connection.createStatement()) {
                    // A database that exists has the job repository: without it, its history would be recreated empty.
                    statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").close();
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException ignored) {
                // the database could not be used anyway
            }
            throw new Damaged(state, e);
        }
    }

    /** The last job execution of the state (id, run, status), read with plain JDBC before Spring starts. */
    public record LastExecution(long executionId, long runId, String status) {
    }

    public static Optional<LastExecution> lastExecution(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT JOB_EXECUTION_ID, JOB_INSTANCE_ID, STATUS FROM "
                        + "BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
            return rows.next() ? Optional.of(new LastExecution(rows.getLong(1), rows.getLong(2), rows.getString(3)))
                    : Optional.empty();
        }
    }

    /**
     * Records a night that found nothing changed (J_NUIT_INCHANGEE): its date, the run whose results
     * stand, how many input files were looked at and how many had to be read again (hashed).
     */
    public static void recordUnchangedNight(Connection connection, long runId, java.time.LocalDateTime at, int files,
            int reread) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO J_NUIT_INCHANGEE "
                + "(DATE_NUIT, RUN_ID, FICHIERS, RELUS, MOTIF) VALUES (?, ?, ?, ?, 'aucun changement')")) {
            insert.setTimestamp(1, java.sql.Timestamp.valueOf(at));
            insert.setLong(2, runId);
            insert.setInt(3, files);
            insert.setInt(4, reread);
            insert.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /**
     * Whether the state database was ever created (nothing is created to find out): the embedded
     * one's files in this folder, or the job repository's tables in the external base.
     */
    public static boolean exists(StateBase base, Path state) {
        if (!base.isEmbedded()) {
            try (Connection connection = base.connect(); Statement statement = connection.createStatement()) {
                statement.executeQuery("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION").close();
                return true;
            } catch (SQLException e) {
                return false;
            }
        }
        return Files.isRegularFile(state.resolve(NAME + ".script")) || Files.isRegularFile(state.resolve(NAME + ".properties"));
    }

    private static final String IDENTITY = NAME + ".identite";

    /**
     * This state's own name, a random one given the first time it is asked: an output folder
     * records which state last wrote it, wherever that state has been moved since.
     */
    public static String identity(Path state) throws java.io.IOException {
        Path file = state.resolve(IDENTITY);
        if (Files.isRegularFile(file)) {
            String id = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).strip();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = java.util.UUID.randomUUID().toString();
        Path temp = state.resolve(IDENTITY + ".tmp");
        Files.writeString(temp, id + "\n", java.nio.charset.StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return id;
    }

    /** Written once the job repository and the state's tables exist: from then on, they must. */
    private static final String INITIALISED = NAME + ".initialisee";

    public static void markInitialised(StateBase base, Path state) throws java.io.IOException {
        if (!base.isEmbedded()) {
            return; // an external base is checked by its server, not by a marker beside the run's files
        }
        Path marker = state.resolve(INITIALISED);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "Base d'état de jury-e61 créée : ses tables doivent y rester.\n");
        }
    }

    /** The existing state database opened again (after a night's context shut it down). */
    public static Connection reopen(StateBase base) throws SQLException {
        return base.isEmbedded() ? DriverManager.getConnection(base.url() + ";ifexists=true", base.user(), base.password())
                : base.connect();
    }

    /** The key of the advisory lock that keeps a second run off an external base (any bigint: ours). */
    static final long ADVISORY_LOCK_KEY = 0x6A75727965363101L;

    /**
     * The base's own guard against a second run, held until closed: on PostgreSQL a session
     * advisory lock (pg_try_advisory_lock), as the state folder's lock file guards the embedded
     * base, which needs nothing more. Null when another run, on any machine, holds it.
     */
    public static AutoCloseable tryLock(StateBase base) throws SQLException {
        if (base.isEmbedded()) {
            return () -> { };
        }
        Connection connection = base.connect();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK_KEY);
            try (ResultSet held = lock.executeQuery()) {
                if (held.next() && held.getBoolean(1)) {
                    return connection::close; // the session's end releases the lock
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    /**
     * The status the state recorded for a job execution, read back from the files after the
     * database was shut down (through {@link #reopen}): a full disk can make HSQLDB lose writes it
     * had accepted, so what a run holds in memory is not proof that it was recorded. Empty when it
     * cannot be read.
     */
    public static Optional<String> recordedStatus(Connection connection, long executionId) {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")) {
            query.setLong(1, executionId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
