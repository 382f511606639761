package fr.jurye61.jobs;

import fr.jurye61.domain.Change;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.RunRecord;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.db.RunHistory;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.SnapshotEntry;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.NightSummary;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.jobs.night.Version;
import fr.jurye61.reports.csv.CsvReports;
import fr.jurye61.reports.html.AuditHtmlRenderer;
import fr.jurye61.reports.html.AuditModel;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: changements.csv against the previous completed run of the same state, and
 * rapport-audit.html with the job repository's counts of every step of this run.
 */
public class AuditReportAndChangesTasklet implements Tasklet {
    private final StateStore store;
    private final RunHistory history;

    private final NightInputs inputs;

    public AuditReportAndChangesTasklet(StateStore store, RunHistory history, NightInputs inputs) {
        this.store = store;
        this.history = history;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        SessionParameters session = inputs.session();
        Map<String, Outcome> outcomes = store.evaluations().outcomes(run.runId());
        Optional<Long> previous = history.previousCompletedRun(run.runId());
        List<Change> changes = Change.between(previous.map(store.evaluations()::outcomes).orElse(Map.of()), outcomes);
        CsvReports.changements(run.staging(), changes);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putInt(NightSummary.CHANGES, changes.size());
        List<RunRecord> runs = history.nights();
        List<SnapshotEntry> entries = store.snapshotEntries(run.runId());
        LocalDateTime start = runs.stream().filter(r -> r.runId() == run.runId()).map(RunRecord::start)
                .filter(java.util.Objects::nonNull).min(LocalDateTime::compareTo).orElse(null);
        AuditHtmlRenderer.write(run.staging(), new AuditModel(session, run.runId(), start, LocalDateTime.now(),
                history.steps(run.runId()), store.fileCounts(run.runId()), store.commissions(run.runId()),
                store.candidates(run.runId()), outcomes, store.evaluations().findings(run.runId()), store.rejections(run.runId()),
                store.notices(run.runId()), changes, previous.orElse(null), runs, Version.current(),
                inputFingerprint(entries), entries.size(), retained(run.runId())));
        return RepeatStatus.FINISHED;
    }

    /** Each candidate's retained documents, report first, as the evaluation recorded them. */
    private Map<String, List<RetainedDocument>> retained(long runId) {
        Map<String, List<RetainedDocument>> byCandidate = new java.util.TreeMap<>();
        store.evaluations().retainedDocuments(runId).forEach((numero, byRole) -> byCandidate.put(numero,
                List.copyOf(byRole.values())));
        return byCandidate;
    }

    /**
     * The input folder as this night froze it, in one SHA-256: each entry's path, nature and
     * content hash, by path. Two nights with the same fingerprint read the same files.
     */
    static String inputFingerprint(List<SnapshotEntry> entries) {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        entries.stream().sorted(java.util.Comparator.comparing(SnapshotEntry::chemin)).forEach(e -> digest.update(
                (e.chemin() + "\t" + e.nature() + "\t" + (e.sha256() == null ? "" : e.sha256()) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return java.util.HexFormat.of().formatHex(digest.digest());
    }
}
