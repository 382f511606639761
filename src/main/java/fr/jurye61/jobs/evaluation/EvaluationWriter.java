package fr.jurye61.jobs.evaluation;

import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Ruling;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.jobs.night.RunContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores each evaluation in the run's state, with the key of its inputs, in the chunk's
 * transaction: new ones as the engine made them, taken-over ones copied from the run that
 * evaluated the same key. A ruling that matches no finding changes nothing: it becomes a notice
 * for the audit report and the run log (rules.md §1), never a silent drop.
 */
public class EvaluationWriter implements ItemWriter<EvaluatedCandidate>, StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(EvaluationWriter.class);
    /** Step execution context counts of this execution, for the log and the tests. */
    public static final String EVALUATED = "evaluations.nouvelles";
    public static final String TAKEN_OVER = "evaluations.reprises";
    private final StateStore store;
    private long runId;
    private int evaluated;
    private int takenOver;
    private StepExecution execution;

    public EvaluationWriter(StateStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunContext.of(stepExecution).runId();
        execution = stepExecution;
        evaluated = 0;
        takenOver = 0;
    }

    @Override
    public void write(Chunk<? extends EvaluatedCandidate> chunk) {
        List<Evaluation> fresh = new ArrayList<>();
        Map<Long, List<String>> copies = new TreeMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (EvaluatedCandidate item : chunk) {
            keys.put(item.numero(), item.key());
            if (item.isTakenOver()) {
                copies.computeIfAbsent(item.takenFrom(), run -> new ArrayList<>()).add(item.numero());
                continue;
            }
            Evaluation evaluation = item.evaluation();
            fresh.add(evaluation);
            if (item.analysed()) {
                store.cache().cacheAnalysis(evaluation.report(), ReportAnalyser.VERSION);
            }
            for (Ruling r : evaluation.unmatchedRulings()) {
                LOG.info("Ruling {} line {} on {} {} matches no finding", r.source().fichier(), r.source().ligne(),
                        r.numero(), r.regle());
                store.insertUnmatchedRuling(runId, r, new Notice(r.source().fichier(), r.source().ligne(),
                        "DECISION_SANS_CONSTAT", "Décision « " + r.decision().name().toLowerCase(java.util.Locale.ROOT)
                                + " » de " + r.auteur() + " sur " + r.regle() + " pour " + r.numero()
                                + " : aucun constat correspondant, sans effet."));
            }
        }
        store.evaluations().insertEvaluations(runId, fresh);
        store.evaluations().insertRetainedDocuments(runId, chunk.getItems().stream().flatMap(i -> i.retained().stream()).toList());
        for (Map.Entry<Long, List<String>> copy : copies.entrySet()) {
            int copied = store.evaluations().copyEvaluations(copy.getKey(), runId, copy.getValue());
            if (copied != copy.getValue().size()) {
                // The keys were read joined with the outcomes: a missing one is a bug, never a candidate dropped.
                throw new IllegalStateException("Taking over " + copy.getValue().size() + " evaluations of run "
                        + copy.getKey() + " found " + copied);
            }
        }
        store.evaluations().recordEvaluationKeys(runId, keys);
        evaluated += fresh.size();
        takenOver += keys.size() - fresh.size();
        // the console line of the step, kept current chunk after chunk
        execution.getExecutionContext().putString(fr.jurye61.jobs.night.StepProgressListener.SUMMARY,
                fr.jurye61.reports.FrenchText.count(evaluated + takenOver, "candidat") + " ("
                        + fr.jurye61.reports.FrenchText.count(evaluated, "évalué") + ", " + takenOver
                        + " repris d'une nuit précédente aux entrées identiques)");
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        stepExecution.getExecutionContext().putInt(EVALUATED, evaluated);
        stepExecution.getExecutionContext().putInt(TAKEN_OVER, takenOver);
        LOG.info("Evaluation: {} candidates evaluated, {} taken over unchanged from an earlier run (same inputs)",
                evaluated, takenOver);
        return null;
    }
}
