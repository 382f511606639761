package fr.jurye61.jobs.ingestion;

import fr.jurye61.domain.Notice;
import fr.jurye61.io.csv.CsvTableReader;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.RunContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Per input file: rows read = rows accepted + rows rejected. The rows are counted again from
 * the file and compared with what the ingestion steps stored; any difference means a row was
 * dropped or doubled, and fails the run rather than publish incomplete results.
 */
public class ReconciliationTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationTasklet.class);
    private final StateStore store;

    public ReconciliationTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        Map<String, Integer> accepted = store.acceptedRowsByFile(run.runId());
        Map<String, Integer> rejected = store.rejectedRowsByFile(run.runId());
        List<String> mismatches = new ArrayList<>();
        for (InputKind kind : InputKind.values()) {
            for (Path file : kind.files(run.input())) {
                String name = InputKind.relativeName(run.input(), file);
                int read = InputKind.insideInput(run.input(), file) ? CsvTableReader.read(file, name).dataRowCount() : 0;
                int ok = accepted.getOrDefault(name, 0);
                int ko = rejected.getOrDefault(name, 0);
                store.recordFileCount(run.runId(), name, read, ok, ko);
                LOG.info("{}: {} rows read = {} accepted + {} rejected", name, read, ok, ko);
                if (read != ok + ko) {
                    mismatches.add(name + " (" + read + " read, " + ok + " accepted, " + ko + " rejected)");
                }
            }
        }
        for (Notice notice : store.notices(run.runId())) {
            LOG.info("Notice {} line {}: {} {}", notice.fichier(), notice.ligne(), notice.code(), notice.message());
        }
        if (!mismatches.isEmpty()) {
            throw new IllegalStateException("Row counts do not reconcile: " + String.join("; ", mismatches));
        }
        return RepeatStatus.FINISHED;
    }
}
