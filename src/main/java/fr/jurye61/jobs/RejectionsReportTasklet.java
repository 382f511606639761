package fr.jurye61.jobs;

import fr.jurye61.domain.Rejection;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.reports.csv.CsvReportWriter;
import java.util.List;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes rejets.csv: every rejected input row or file, sorted by file then line. */
public class RejectionsReportTasklet implements Tasklet {
    public static final String FILE_NAME = "rejets.csv";
    private final StateStore store;

    public RejectionsReportTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        List<List<String>> rows = store.rejections(run.runId()).stream()
                .map(RejectionsReportTasklet::row)
                .toList();
        CsvReportWriter.write(run.output().resolve(FILE_NAME), List.of("fichier", "ligne", "code", "message"), rows);
        return RepeatStatus.FINISHED;
    }

    private static List<String> row(Rejection r) {
        return List.of(r.fichier(), r.ligne() == null ? "" : String.valueOf(r.ligne()), r.code().name(), r.message());
    }
}
