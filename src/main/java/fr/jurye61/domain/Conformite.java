package fr.jurye61.domain;

/** Is the report conforming? (rules.md §1, §4) */
public enum Conformite {
    CONFORME, A_VERIFIER, NON_CONFORME
}
