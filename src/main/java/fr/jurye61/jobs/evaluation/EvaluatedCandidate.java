package fr.jurye61.jobs.evaluation;

import fr.jurye61.domain.Evaluation;

/**
 * One candidate out of the processor: the key of the inputs it was evaluated from and either a
 * new evaluation ({@code analysed} when its report was analysed now, not read from the cache) or
 * none, when the earlier run {@code takenFrom} evaluated the same key: its rows are copied then.
 */
public record EvaluatedCandidate(String numero, String key, Evaluation evaluation, boolean analysed, long takenFrom) {

    static EvaluatedCandidate evaluated(String key, Evaluation evaluation, boolean analysed) {
        return new EvaluatedCandidate(evaluation.candidate().numero(), key, evaluation, analysed, -1);
    }

    static EvaluatedCandidate takenOver(String numero, String key, long fromRun) {
        return new EvaluatedCandidate(numero, key, null, false, fromRun);
    }

    boolean isTakenOver() {
        return evaluation == null;
    }
}
