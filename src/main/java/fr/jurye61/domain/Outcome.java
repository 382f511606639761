package fr.jurye61.domain;

import java.util.List;

/** A candidate's statuses and decision (rules.md §1), and the ids of its open findings that decide. */
public record Outcome(Recevabilite recevabilite, Conformite conformite, Decision decision, List<String> constats) {
}
