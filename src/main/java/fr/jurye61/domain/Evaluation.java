package fr.jurye61.domain;

import java.util.List;

/** Everything the rule engine said of one candidate. */
public record Evaluation(Candidate candidate, List<Finding> findings, List<Check> checks,
        List<Ruling> unmatchedRulings, Outcome outcome) {
}
