package fr.jurye61.jobs.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.SessionFixture;
import fr.jurye61.domain.Notice;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/** Rows read must equal rows accepted plus rows rejected, per file, or the run fails. */
class ReconciliationTaskletTest {
    @TempDir
    Path input;

    /** A state whose counts are set by the test, standing for what the ingestion steps stored. */
    static final class CountingStore extends StateStore {
        final Map<String, Integer> read = new TreeMap<>();
        final Map<String, Integer> accepted = new TreeMap<>();
        final Map<String, Integer> rejected = new TreeMap<>();
        final List<String> recorded = new ArrayList<>();

        CountingStore() {
            super(null);
        }

        @Override
        public Map<String, Integer> rowsRead(long runId) {
            return read;
        }

        @Override
        public Map<String, Integer> acceptedRowsByFile(long runId) {
            return accepted;
        }

        @Override
        public Map<String, Integer> rejectedRowsByFile(long runId) {
            return rejected;
        }

        @Override
        public void recordFileCount(long runId, String fichier, int read, int ok, int ko) {
            recorded.add(fichier + "=" + read + "/" + ok + "/" + ko);
        }

        @Override
        public List<Notice> notices(long runId) {
            return List.of();
        }
    }

    private ChunkContext context() {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "nightly"), new JobParametersBuilder()
                .addString(RunContext.INPUT, input.toString()).addString(RunContext.OUTPUT, "/tmp/x")
                .addString(RunContext.STATE, "/tmp/etat")
                .toJobParameters());
        StepExecution step = new StepExecution(1L, "rapprochement", job);
        return new ChunkContext(new StepContext(step));
    }

    private CountingStore storeMatchingTheSmallSession() {
        CountingStore store = new CountingStore();
        // as the ingestion steps counted them when they read the files from the snapshot
        store.read.putAll(Map.of("commissions.csv", 3, "inscriptions/a.csv", 7, "inscriptions/b.csv", 1,
                "pieces/pieces.csv", 4, "rapports/depots.csv", 1, "grilles/grilles.csv", 2, "decisions/service.csv", 1));
        store.accepted.putAll(Map.of("commissions.csv", 3, "inscriptions/a.csv", 4, "inscriptions/b.csv", 1,
                "pieces/pieces.csv", 1, "grilles/grilles.csv", 1, "decisions/service.csv", 1));
        store.rejected.putAll(Map.of("inscriptions/a.csv", 3, "pieces/pieces.csv", 3, "rapports/depots.csv", 1,
                "grilles/grilles.csv", 1));
        return store;
    }

    @Test
    void passesWhenEveryRowIsAccountedFor() throws Exception {
        CountingStore store = storeMatchingTheSmallSession();
        new ReconciliationTasklet(store).execute(new StepContribution(context().getStepContext().getStepExecution()),
                context());
        assertThat(store.recorded).contains("inscriptions/a.csv=7/4/3", "rapports/depots.csv=1/0/1");
    }

    @Test
    void failsTheRunWhenARowWasDropped() throws Exception {
        CountingStore store = storeMatchingTheSmallSession();
        store.accepted.put("pieces/pieces.csv", 0);
        assertThatThrownBy(() -> new ReconciliationTasklet(store).execute(
                new StepContribution(context().getStepContext().getStepExecution()), context()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pieces/pieces.csv (4 lue(s), 0 acceptée(s), 3 rejetée(s))")
                .hasMessageContaining("La nuit n'est pas publiée");
    }

    @Test
    void aFileChangedAfterItWasReadCannotUnbalanceTheCounts() throws Exception {
        // given the small session read, then one of its files appended while the night runs
        SessionFixture.small(input);
        CountingStore store = storeMatchingTheSmallSession();
        Files.writeString(input.resolve("pieces/pieces.csv"), "P01;dispense;Rectorat;recteur;;;;;;\n",
                StandardOpenOption.APPEND);

        // when the counts are reconciled, then they are those of the reading, not of the file now
        new ReconciliationTasklet(store).execute(new StepContribution(context().getStepContext().getStepExecution()),
                context());
        assertThat(store.recorded).contains("pieces/pieces.csv=4/1/3");
    }

    @Test
    void aFileWithRowsStoredButNeverCountedFailsTheRun() throws Exception {
        CountingStore store = storeMatchingTheSmallSession();
        store.accepted.put("inscriptions/c.csv", 2);
        assertThatThrownBy(() -> new ReconciliationTasklet(store).execute(
                new StepContribution(context().getStepContext().getStepExecution()), context()))
                .hasMessageContaining("inscriptions/c.csv (0 lue(s), 2 acceptée(s), 0 rejetée(s))");
    }
}
