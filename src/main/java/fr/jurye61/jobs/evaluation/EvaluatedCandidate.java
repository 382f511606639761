package fr.jurye61.jobs.evaluation;

import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.RetainedDocument;
import java.util.List;

/**
 * One candidate out of the processor: the key of the inputs it was evaluated from and either a
 * new evaluation ({@code analysed} when its report was analysed now, not read from the cache),
 * with the documents it retained (their SHA-256 and state), or none, when the earlier run {@code
 * takenFrom} evaluated the same key: its rows are copied then.
 */
public record EvaluatedCandidate(String numero, String key, Evaluation evaluation, boolean analysed, long takenFrom,
        List<RetainedDocument> retained) {

    static EvaluatedCandidate evaluated(String key, Evaluation evaluation, boolean analysed,
            List<RetainedDocument> retained) {
        return new EvaluatedCandidate(evaluation.candidate().numero(), key, evaluation, analysed, -1,
                List.copyOf(retained));
    }

    static EvaluatedCandidate takenOver(String numero, String key, long fromRun) {
        return new EvaluatedCandidate(numero, key, null, false, fromRun, List.of());
    }

    boolean isTakenOver() {
        return evaluation == null;
    }
}
