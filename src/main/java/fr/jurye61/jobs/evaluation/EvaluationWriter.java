package fr.jurye61.jobs.evaluation;

import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Ruling;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.jobs.RunContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each evaluation in the run's state. A ruling that matches no finding changes nothing:
 * it becomes a notice for the audit report and the run log (rules.md §1), never a silent drop.
 */
public class EvaluationWriter implements ItemWriter<Evaluation>, StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationWriter.class);
    private final StateStore store;
    private long runId;

    public EvaluationWriter(StateStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunContext.of(stepExecution).runId();
    }

    @Override
    public void write(Chunk<? extends Evaluation> chunk) {
        for (Evaluation evaluation : chunk) {
            store.insertEvaluation(runId, evaluation);
            if (evaluation.report() != null) {
                store.cacheAnalysis(evaluation.report(), ReportAnalyser.VERSION);
            }
            for (Ruling r : evaluation.unmatchedRulings()) {
                LOG.info("Ruling {} line {} on {} {} matches no finding", r.source().fichier(), r.source().ligne(),
                        r.numero(), r.regle());
                store.insert(runId, new Notice(r.source().fichier(), r.source().ligne(), "DECISION_SANS_CONSTAT",
                        "Décision « " + r.decision().name().toLowerCase(java.util.Locale.ROOT) + " » de " + r.auteur() + " sur "
                                + r.regle() + " pour " + r.numero() + " : aucun constat correspondant, sans effet."));
            }
        }
    }
}
