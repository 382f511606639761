package fr.jurye61.jobs.ingestion;

import fr.jurye61.domain.Notice;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
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
        for (Notice notice : store.notices(run.runId())) {
            LOG.info("Notice {} line {}: {} {}", notice.fichier(), notice.ligne(), notice.code(), notice.message());
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Rapprochement des lignes impossible, des lignes seraient perdues ou "
                    + "doublées : " + String.join(" ; ", mismatches) + ". La nuit n'est pas publiée.");
        }
        return RepeatStatus.FINISHED;
    }
}
