package fr.jurye61.reports.html;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Change;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.FileReconciliation;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.RunRecord;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.StepRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything the audit report shows, gathered before rendering (the renderer does no I/O but
 * writing). {@code version} is the tool's (as SARIF and --version name it); {@code
 * inputFingerprint} the SHA-256 of the input folder as the night froze it; {@code retained} the
 * documents each candidate's evaluation retained (counted report, pack grid), by candidate.
 */
public record AuditModel(SessionParameters session, long runId, LocalDateTime start, LocalDateTime end,
        List<StepRecord> steps, List<FileReconciliation> files, List<Commission> commissions,
        List<Candidate> candidates, Map<String, Outcome> outcomes, List<Finding> findings, List<Rejection> rejections,
        List<Notice> notices, List<Change> changes, Long previousRun, List<RunRecord> runs, String version,
        String inputFingerprint, int inputFiles, Map<String, List<RetainedDocument>> retained) {
}
