package fr.jurye61.domain;

import java.util.List;

/**
 * Everything the rule engine said of one candidate, with the analysis of the report that counts
 * (or null) and the documents it chose: the deposit that counts and the grid that would go into
 * the pack (each null when there is none).
 */
public record Evaluation(Candidate candidate, List<Finding> findings, List<Check> checks,
        List<Ruling> unmatchedRulings, Outcome outcome, ReportAnalysis report, Deposit countedReport,
        CheckedGrid packGrid) {
}
