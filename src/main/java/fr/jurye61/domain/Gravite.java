package fr.jurye61.domain;

/** How much a finding weighs (rules.md). */
public enum Gravite {
    /** Decides the outcome by itself. */
    BLOQUANT,
    /** A person must rule. */
    A_VERIFIER,
    /** Recorded, changes nothing. */
    INFO
}
