package fr.jurye61.jobs;

import fr.jurye61.domain.JuryNotice;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.reports.csv.CsvReports;
import fr.jurye61.reports.pdf.NoticesPdfRenderer;
import fr.jurye61.rules.pack.JuryPresidentNotices;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes notices/president-jury.csv and .pdf: never part of a commission pack (rules.md §5). */
public class NoticesTasklet implements Tasklet {
    private final StateStore store;

    public NoticesTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        SessionParameters session = SessionPropertiesLoader.load(run.snapshot(store));
        List<JuryNotice> notices = JuryPresidentNotices.select(store.candidates(run.runId()),
                store.outcomes(run.runId()), store.findings(run.runId()));
        CsvReports.notices(run.staging(), notices);
        String seed = "notices/" + session.session() + "/" + String.join("|", notices.stream()
                .map(n -> n.commission() + ":" + n.numero() + ":" + n.motif()).toList());
        NoticesPdfRenderer.render(run.staging().resolve("notices/president-jury.pdf"), session.libelle(), notices,
                PdfFiles.stableId(seed));
        return RepeatStatus.FINISHED;
    }
}
