package fr.jurye61.jobs.ingestion;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The same candidate number (or commission code) on several rows, in one file or across
 * files: identical rows (once parsed) are kept once; rows that differ are all rejected, since
 * no rule can say which one is right (input.md).
 */
public class DuplicateRejectionsTasklet implements Tasklet {
    private final StateStore store;

    public DuplicateRejectionsTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long runId = RunContext.of(chunkContext.getStepContext().getStepExecution()).runId();
        resolve(runId, true, store.candidateRows(runId), Candidate::numero, Candidate::source,
                c -> c.withSource(null), "numero_candidat");
        resolve(runId, false, store.commissionRows(runId), Commission::code, Commission::source,
                c -> c.withSource(null), "code_commission");
        return RepeatStatus.FINISHED;
    }

    private <T> void resolve(long runId, boolean candidate, List<T> rows, Function<T, String> key,
            Function<T, SourceRef> source, UnaryOperator<T> content, String column) {
        Map<String, List<T>> byKey = rows.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<T>> group : byKey.entrySet()) {
            List<T> same = group.getValue();
            if (same.size() < 2) {
                continue;
            }
            SourceRef kept = source.apply(same.get(0));
            boolean identical = same.stream().map(content).distinct().count() == 1;
            String where = same.stream().map(source).map(SourceRef::toString).collect(Collectors.joining(" ; "));
            for (T row : same) {
                SourceRef at = source.apply(row);
                if (identical && !at.equals(kept)) {
                    store.markDuplicate(runId, candidate, at, kept.ligne());
                    store.insert(runId, new Notice(at.fichier(), at.ligne(), "DOUBLON_IDENTIQUE",
                            "Ligne identique à " + kept + " (" + column + " « " + group.getKey()
                                    + " ») : gardée une seule fois."));
                } else if (!identical) {
                    store.deleteRow(runId, candidate, at);
                    store.insert(runId, Rejection.ofRow(at.fichier(), at.ligne(), RejectionCode.DOUBLON_CONFLICTUEL,
                            "Colonne « " + column + " » : « " + group.getKey() + " » figure sur " + same.size()
                                    + " lignes aux valeurs différentes (" + where
                                    + ") : toutes sont rejetées, aucune règle ne permet de choisir."));
                }
            }
        }
    }
}
