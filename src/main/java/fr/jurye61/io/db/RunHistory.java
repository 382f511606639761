package fr.jurye61.io.db;

import fr.jurye61.domain.RunRecord;
import fr.jurye61.domain.StepRecord;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The job history as Spring Batch keeps it (BATCH_* tables): runs, their steps and counts, read
 * for the audit report, changements.csv and explain. A run is a job instance: a restart is
 * another execution of the same run.
 */
public class RunHistory {
    private final JdbcTemplate jdbc;

    public RunHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every execution, newest first. */
    public List<RunRecord> executions() {
        return jdbc.query("SELECT E.JOB_EXECUTION_ID, E.JOB_INSTANCE_ID, E.START_TIME, E.END_TIME, E.STATUS, "
                + "(SELECT P.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS P WHERE P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID "
                + "AND P.PARAMETER_NAME = 'input') AS INPUT, "
                + "(SELECT P.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS P WHERE P.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID "
                + "AND P.PARAMETER_NAME = 'output') AS OUTPUT "
                + "FROM BATCH_JOB_EXECUTION E ORDER BY E.JOB_EXECUTION_ID DESC",
                (rs, i) -> new RunRecord(rs.getLong(1), rs.getLong(2), time(rs.getTimestamp(3)), time(rs.getTimestamp(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    /**
     * Every execution and every night found unchanged (J_NUIT_INCHANGEE: no execution of its own,
     * {@code executionId} -1, status AUCUN_CHANGEMENT, the run whose results stood), newest first.
     */
    public List<RunRecord> nights() {
        List<RunRecord> all = new java.util.ArrayList<>(executions());
        all.addAll(jdbc.query("SELECT DATE_NUIT, RUN_ID FROM J_NUIT_INCHANGEE ORDER BY ID DESC",
                (rs, i) -> new RunRecord(-1, rs.getLong(2), time(rs.getTimestamp(1)), time(rs.getTimestamp(1)),
                        "AUCUN_CHANGEMENT", null, null)));
        all.sort(java.util.Comparator.comparing(RunRecord::start, java.util.Comparator.nullsFirst(
                java.util.Comparator.<LocalDateTime>naturalOrder())).reversed());
        return all;
    }

    /** The latest completed run before {@code runId}: what tonight is compared with. */
    public Optional<Long> previousCompletedRun(long runId) {
        return jdbc.queryForList("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED' "
                + "AND JOB_INSTANCE_ID < ? ORDER BY JOB_INSTANCE_ID DESC LIMIT 1", Long.class, runId).stream().findFirst();
    }

    /** The latest completed run, optionally the latest that wrote into {@code output}. */
    public Optional<Long> lastCompletedRun(String output) {
        return executions().stream().filter(e -> "COMPLETED".equals(e.status()))
                .filter(e -> output == null || output.equals(e.output())).map(RunRecord::runId).findFirst();
    }

    /** Steps of every execution of a run, in execution order. */
    public List<StepRecord> steps(long runId) {
        return jdbc.query("SELECT S.JOB_EXECUTION_ID, S.STEP_NAME, S.STATUS, S.START_TIME, S.END_TIME, S.READ_COUNT, "
                + "S.WRITE_COUNT, S.FILTER_COUNT, S.READ_SKIP_COUNT + S.WRITE_SKIP_COUNT + S.PROCESS_SKIP_COUNT, "
                + "S.COMMIT_COUNT, S.ROLLBACK_COUNT FROM BATCH_STEP_EXECUTION S JOIN BATCH_JOB_EXECUTION E "
                + "ON S.JOB_EXECUTION_ID = E.JOB_EXECUTION_ID WHERE E.JOB_INSTANCE_ID = ? ORDER BY S.STEP_EXECUTION_ID",
                (rs, i) -> new StepRecord(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs.getTimestamp(4)),
                        time(rs.getTimestamp(5)), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11)), runId);
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}
