package fr.jurye61.jobs;

import fr.jurye61.domain.Finding;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.jobs.night.Version;
import fr.jurye61.reports.csv.CsvReports;
import fr.jurye61.reports.sarif.SarifRenderer;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the run's tabular outputs: rejets.csv, decisions.csv, constats.csv and constats.sarif, each atomically. */
public class CsvAndSarifReportsTasklet implements Tasklet {
    private final StateStore store;

    public CsvAndSarifReportsTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        CsvReports.rejets(run.staging(), store.rejections(run.runId()));
        CsvReports.decisions(run.staging(), store.candidates(run.runId()), store.evaluations().outcomes(run.runId()));
        List<Finding> findings = store.evaluations().findings(run.runId());
        CsvReports.constats(run.staging(), findings);
        SarifRenderer.write(run.staging(), findings, Version.current());
        return RepeatStatus.FINISHED;
    }
}
