package fr.jurye61.domain;

/** The exam service's answer to a finding (rules.md §1). */
public enum RulingDecision {
    LEVE, CONFIRME
}
