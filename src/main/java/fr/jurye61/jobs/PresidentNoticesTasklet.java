package fr.jurye61.jobs;

import fr.jurye61.domain.JuryNotice;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.csv.CsvReports;
import fr.jurye61.reports.pdf.NoticesPdfRenderer;
import fr.jurye61.rules.pack.JuryPresidentNotices;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes notices/president-jury.csv and .pdf: never part of a commission pack (rules.md §5). */
public class PresidentNoticesTasklet implements Tasklet {
    private final StateStore store;

    private final NightInputs inputs;

    public PresidentNoticesTasklet(StateStore store, NightInputs inputs) {
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        SessionParameters session = inputs.session();
        List<JuryNotice> notices = JuryPresidentNotices.select(store.candidates(run.runId()),
                store.evaluations().outcomes(run.runId()), store.evaluations().findings(run.runId()));
        CsvReports.notices(run.staging(), notices);
        String seed = "notices/" + session.session() + "/" + String.join("|", notices.stream()
                .map(n -> n.commission() + ":" + n.numero() + ":" + n.motif()).toList());
        NoticesPdfRenderer.render(run.staging().resolve(fr.jurye61.reports.OutputLayout.NOTICES_PDF), session.libelle(), notices,
                PdfFiles.stableId(seed));
        return RepeatStatus.FINISHED;
    }
}
