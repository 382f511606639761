package fr.jurye61.io.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The project's own tables (db/schema-jury.sql), created on first use and completed on every
 * start (each statement is IF NOT EXISTS), in the dialect of the database.
 */
public final class StateSchema {
    static final String SCRIPT = "db/schema-jury.sql";

    private StateSchema() {
    }

    public static void create(DataSource dataSource) {
        Dialect dialect = Dialect.of(new JdbcTemplate(dataSource));
        String script;
        try {
            script = new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new ResourceDatabasePopulator(new ByteArrayResource(dialect.schemaStatement(script)
                .getBytes(StandardCharsets.UTF_8), SCRIPT)).execute(dataSource);
        if (dialect == Dialect.POSTGRESQL) {
            numberFromZero(new JdbcTemplate(dataSource));
        }
    }

    /** Spring Batch's id sequences (schema-postgresql.sql), as they are on HSQLDB. */
    private static final java.util.List<String> BATCH_SEQUENCES = java.util.List.of("BATCH_JOB_INSTANCE_SEQ",
            "BATCH_JOB_EXECUTION_SEQ", "BATCH_STEP_EXECUTION_SEQ");

    /**
     * A new PostgreSQL base numbers its runs and steps from 0, as the embedded base does: the
     * same night gives the same « Exécution n° » in the audit report whichever base holds it.
     * Only sequences that exist and never gave a number are touched.
     */
    private static void numberFromZero(JdbcTemplate jdbc) {
        for (String sequence : BATCH_SEQUENCES) {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
                    sequence.toLowerCase(java.util.Locale.ROOT)))) {
                continue; // a base without the job repository (the tools' own tables only)
            }
            Boolean used = jdbc.queryForObject("SELECT is_called FROM " + sequence, Boolean.class);
            if (Boolean.FALSE.equals(used)) {
                jdbc.execute("ALTER SEQUENCE " + sequence + " MINVALUE 0 RESTART WITH 0");
            }
        }
    }
}
