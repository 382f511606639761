package fr.jurye61.io.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database that holds the job repository and the candidates' state: by default the embedded
 * HSQLDB file database under --state; with --base, a PostgreSQL database. The password is never
 * printed ({@link #toString()}, {@link #display()}).
 */
public record StateBase(String url, String user, String password) {
    /** The single-machine default: HSQLDB files under the state folder. */
    public static StateBase embedded(Path state) {
        return new StateBase(StateDatabase.url(state), "SA", "");
    }

    public Dialect dialect() {
        return Dialect.ofUrl(url);
    }

    /** Whether the database is the embedded one (files under --state, nothing to start). */
    public boolean isEmbedded() {
        return dialect() == Dialect.HSQLDB;
    }

    /** The JDBC driver Spring's pool loads for it. */
    public String driverClassName() {
        return isEmbedded() ? "org.hsqldb.jdbc.JDBCDriver" : "org.postgresql.Driver";
    }

    /** The Spring data source of a run's context, on this base (a night's or a worker's). */
    public java.util.Map<String, Object> dataSourceProperties() {
        return java.util.Map.of("spring.datasource.url", url, "spring.datasource.username", user,
                "spring.datasource.password", password, "spring.datasource.driver-class-name", driverClassName());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The address as the console and the logs show it: without its parameters. */
    public String display() {
        int parameters = url.indexOf(isEmbedded() ? ';' : '?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    @Override
    public String toString() {
        return display() + " (utilisateur " + user + ")";
    }
}
