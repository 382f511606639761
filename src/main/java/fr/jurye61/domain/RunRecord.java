package fr.jurye61.domain;

import java.time.LocalDateTime;

/** One execution of the nightly job, as the job repository keeps it ({@code runId}: the run it belongs to). */
public record RunRecord(long executionId, long runId, LocalDateTime start, LocalDateTime end, String status,
        String input, String output) {
}
