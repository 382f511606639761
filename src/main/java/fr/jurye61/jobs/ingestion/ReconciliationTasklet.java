package fr.jurye61.jobs.ingestion;

import fr.jurye61.domain.Notice;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.FrenchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Per input file: rows read = rows accepted + rows rejected. The rows read are those counted when
 * the ingestion steps read the file from the night's snapshot, so a file changed meanwhile cannot
 * make the counts disagree; any difference means a row was dropped or doubled, and fails the run
 * rather than publish incomplete results.
 */
public class ReconciliationTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationTasklet.class);
    /** Notices told on the console; all of them are in the audit report. */
    private static final int SHOWN_NOTICES = 10;
    private final StateStore store;

    public ReconciliationTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        Map<String, Integer> read = store.rowsRead(run.runId());
        Map<String, Integer> accepted = store.acceptedRowsByFile(run.runId());
        Map<String, Integer> rejected = store.rejectedRowsByFile(run.runId());
        Set<String> files = new TreeSet<>(read.keySet());
        files.addAll(accepted.keySet());
        files.addAll(rejected.keySet());
        List<String> mismatches = new ArrayList<>();
        for (String name : files) {
            int rows = read.getOrDefault(name, 0);
            int ok = accepted.getOrDefault(name, 0);
            int ko = rejected.getOrDefault(name, 0);
            store.recordFileCount(run.runId(), name, rows, ok, ko);
            LOG.info("{}: {} rows read = {} accepted + {} rejected", name, rows, ok, ko);
            if (rows != ok + ko) {
                mismatches.add(name + " (" + rows + " lue(s), " + ok + " acceptée(s), " + ko + " rejetée(s))");
            }
        }
        List<Notice> notices = store.notices(run.runId());
        for (Notice notice : notices) {
            LOG.info("Notice {} line {}: {} {}", notice.fichier(), notice.ligne(), notice.code(), notice.message());
        }
        // what the clerk must know of the files read, before the long steps: the first few, the rest in the audit report
        notices.stream().limit(SHOWN_NOTICES).forEach(n -> fr.jurye61.jobs.night.NightConsole.say("  avis : " + n.fichier()
                + (n.ligne() > 0 ? " ligne " + n.ligne() : "") + " : " + n.message()));
        if (notices.size() > SHOWN_NOTICES) {
            fr.jurye61.jobs.night.NightConsole.say("  … et " + (notices.size() - SHOWN_NOTICES)
                    + " autres avis (rapport-audit.html, « Avis sur les fichiers »)");
        }
        int totalRead = files.stream().mapToInt(f -> read.getOrDefault(f, 0)).sum();
        int totalRejected = files.stream().mapToInt(f -> rejected.getOrDefault(f, 0)).sum();
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putString(
                fr.jurye61.jobs.night.StepProgressListener.SUMMARY, FrenchText.count(totalRead, "ligne") + " dans "
                        + FrenchText.count(files.size(), "fichier") + ", "
                        + FrenchText.count(totalRead - totalRejected, "acceptée") + ", "
                        + FrenchText.count(totalRejected, "rejetée") + " (rejets.csv)");
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Rapprochement des lignes impossible, des lignes seraient perdues ou "
                    + "doublées : " + String.join(" ; ", mismatches) + ". La nuit n'est pas publiée.");
        }
        return RepeatStatus.FINISHED;
    }
}
