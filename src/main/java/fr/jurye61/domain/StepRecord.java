package fr.jurye61.domain;

import java.time.LocalDateTime;

/** One step execution with the job repository's counts. */
public record StepRecord(long executionId, String step, String status, LocalDateTime start, LocalDateTime end,
        long read, long written, long filtered, long skipped, long commits, long rollbacks) {
}
