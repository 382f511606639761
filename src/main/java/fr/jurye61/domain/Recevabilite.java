package fr.jurye61.domain;

/** May the candidate sit E6.1? (rules.md §1) */
public enum Recevabilite {
    RECEVABLE, A_VERIFIER, IRRECEVABLE
}
