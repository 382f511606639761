package fr.jurye61.io.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class DialectTest {
    private static final List<Dialect.Column> KEY = List.of(Dialect.column("SHA256", "VARCHAR(64)"),
            Dialect.column("VERSION", "VARCHAR(20)"));

    @Test
    void theEmbeddedSchemaIsReadAsWritten() {
        String sql = "CREATE TABLE IF NOT EXISTS J_ANALYSE (SHA256 VARCHAR(64) NOT NULL, ANALYSE LONGVARCHAR NOT NULL)";

        assertThat(Dialect.HSQLDB.schemaStatement(sql)).isEqualTo(sql);
    }

    @Test
    void onPostgresqlTextSortsByCodePointAndReservedNamesAreQuoted() {
        // given the schema as written for HSQLDB
        String sql = "CREATE TABLE IF NOT EXISTS J_ANALYSE (\n  SHA256 VARCHAR(64) NOT NULL, ANALYSE LONGVARCHAR NOT NULL,"
                + " N INT, PRIMARY KEY (SHA256));\n-- a TEXT in a comment stays TEXT\nCREATE INDEX IF NOT EXISTS X ON J_ANALYSE (N);";

        // when it is read for PostgreSQL
        String pg = Dialect.POSTGRESQL.schemaStatement(sql);

        // then every text column has the C collation, LONGVARCHAR is TEXT, ANALYSE is quoted, J_ANALYSE is not
        assertThat(pg).contains("SHA256 VARCHAR(64) COLLATE \"C\" NOT NULL")
                .contains("\"analyse\" TEXT COLLATE \"C\" NOT NULL")
                .contains("CREATE TABLE IF NOT EXISTS J_ANALYSE (").contains("ON J_ANALYSE (N)")
                .doesNotContain("LONGVARCHAR").doesNotContain("COLLATE \"C\" COLLATE");
        assertThat(Dialect.POSTGRESQL.name("ANALYSE")).isEqualTo("\"analyse\"");
        assertThat(Dialect.POSTGRESQL.name("ETAT")).isEqualTo("ETAT");
        assertThat(Dialect.HSQLDB.name("ANALYSE")).isEqualTo("ANALYSE");
    }

    @Test
    void postgresqlUpsertsAreInsertOnConflict() {
        assertThat(Dialect.POSTGRESQL.insertIfAbsent("J_ANALYSE", KEY, List.of(Dialect.column("ANALYSE", "LONGVARCHAR"))))
                .isEqualTo("INSERT INTO J_ANALYSE (SHA256, VERSION, \"analyse\") VALUES (?, ?, ?) "
                        + "ON CONFLICT (SHA256, VERSION) DO NOTHING");
        assertThat(Dialect.POSTGRESQL.insertOrReplace("J_LIGNES_LUES", List.of(Dialect.column("RUN_ID", "BIGINT"),
                Dialect.column("FICHIER", "VARCHAR(2000)")), List.of(Dialect.column("LIGNES", "INT"))))
                .isEqualTo("INSERT INTO J_LIGNES_LUES (RUN_ID, FICHIER, LIGNES) VALUES (?, ?, ?) "
                        + "ON CONFLICT (RUN_ID, FICHIER) DO UPDATE SET LIGNES = EXCLUDED.LIGNES");
        assertThat(Dialect.POSTGRESQL.insertOrReplace("T", KEY, List.of()).toUpperCase()).doesNotContain("MERGE");
    }

    @Test
    void hsqldbUpsertsKeepOrReplaceTheExistingRow() {
        // given an in-memory HSQLDB with a keyed table
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:hsqldb:mem:dialect", "SA", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("CREATE TABLE T (SHA256 VARCHAR(64) NOT NULL, VERSION VARCHAR(20) NOT NULL, V LONGVARCHAR, "
                + "PRIMARY KEY (SHA256, VERSION))");
        assertThat(Dialect.of(jdbc)).isEqualTo(Dialect.HSQLDB);
        List<Dialect.Column> value = List.of(Dialect.column("V", "LONGVARCHAR"));

        // when the same key is inserted twice, then replaced
        jdbc.update(Dialect.HSQLDB.insertIfAbsent("T", KEY, value), "a", "1", "first");
        jdbc.update(Dialect.HSQLDB.insertIfAbsent("T", KEY, value), "a", "1", "second");
        String kept = jdbc.queryForObject("SELECT V FROM T WHERE SHA256 = 'a'", String.class);
        jdbc.update(Dialect.HSQLDB.insertOrReplace("T", KEY, value), "a", "1", "third");
        jdbc.update(Dialect.HSQLDB.insertOrReplace("T", KEY, value), "b", "1", "other");

        // then the first insert stands until it is replaced, and a new key is added
        assertThat(kept).isEqualTo("first");
        assertThat(jdbc.queryForList("SELECT SHA256 || '=' || V FROM T ORDER BY SHA256", String.class))
                .containsExactly("a=third", "b=other");
        jdbc.execute("SHUTDOWN");
        db.destroy();
    }
}
