package fr.jurye61.jobs;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the job's functional tests share: one Spring context (the same configuration, so Spring's
 * test context cache starts it once for all of them) and a state emptied before each test, so that
 * no test sees another's runs, analysis cache or evaluations to take over.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchApplication.class,
        properties = "spring.datasource.url=jdbc:hsqldb:mem:functional;hsqldb.tx=mvcc")
public abstract class NightlyJobTestSupport {
    @Autowired
    JobRepositoryTestUtils jobRepositoryTestUtils;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyState() {
        jobRepositoryTestUtils.removeJobExecutions();
        List<String> tables = jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME LIKE 'J\\_%' ESCAPE '\\'",
                String.class);
        if (tables.isEmpty()) {
            throw new IllegalStateException("no project table found: the state schema was not created");
        }
        tables.forEach(table -> jdbc.update("DELETE FROM " + table));
    }
}
