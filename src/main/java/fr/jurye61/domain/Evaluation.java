package fr.jurye61.domain;

import java.util.List;

/** Everything the rule engine said of one candidate, with the analysis of the report that counts (or null). */
public record Evaluation(Candidate candidate, List<Finding> findings, List<Check> checks,
        List<Ruling> unmatchedRulings, Outcome outcome, ReportAnalysis report) {
}
