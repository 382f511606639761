package fr.jurye61;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests: Debian's postgresql package (which .ci/run installs),
 * started on a free loopback port in a temporary folder and removed when closed. Its collation is
 * ICU French, where 'a' sorts before 'B': a query whose order depended on the server's locale
 * would give other outputs than the embedded base. Run as the postgres user when the tests run
 * as root (the server refuses root). With JURY_POSTGRES_REQUIS=oui, as in .ci/run, a missing
 * server fails the tests instead of skipping them.
 */
public final class PostgresServer implements AutoCloseable {
    public static final String USER = "jury";
    public static final String PASSWORD = "mot de passe de test";
    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path dir, Path bin, int port, boolean asPostgres) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** One server for a test class: {@code @RegisterExtension static final PostgresServer.PerClass postgres = ...}. */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private PostgresServer server;

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            server = start();
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            if (server != null) {
                server.close();
            }
        }

        public PostgresServer server() {
            return server;
        }
    }

    /** Starts a new server, or skips the test when PostgreSQL is not installed (fails under .ci/run). */
    public static PostgresServer start() throws Exception {
        Optional<Path> bin = binaries();
        if ("oui".equals(System.getenv("JURY_POSTGRES_REQUIS"))) {
            if (bin.isEmpty()) {
                throw new AssertionError("PostgreSQL server missing, though JURY_POSTGRES_REQUIS=oui");
            }
        } else {
            Assumptions.assumeTrue(bin.isPresent(), "PostgreSQL not installed (apt-get install -y postgresql)");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("jury-e61-pg");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        PostgresServer server = new PostgresServer(dir, bin.get(), port, root);
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        Path password = dir.resolve("motdepasse");
        Files.writeString(password, PASSWORD + "\n", StandardCharsets.UTF_8);
        if (root) {
            run(List.of("chown", "postgres", password.toString()));
        }
        server.asServerUser(List.of(bin.get().resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U",
                USER, "--pwfile", password.toString(), "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                "--locale-provider=icu", "--icu-locale=fr-FR"));
        server.asServerUser(List.of(bin.get().resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("journal.log").toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + dir
                        + " -h 127.0.0.1 -c fsync=off -c full_page_writes=off", "start"));
        return server;
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl"))
                    && Files.isExecutable(b.resolve("initdb"))).max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new empty database on this server; its JDBC address. */
    public String createDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A properties file of the account, as --identifiants reads it. */
    public Path credentials(Path folder) throws IOException {
        return Files.writeString(folder.resolve("base.properties"), "utilisateur=" + USER + "\nmot_de_passe=" + PASSWORD
                + "\n", StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        try {
            asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void asServerUser(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
