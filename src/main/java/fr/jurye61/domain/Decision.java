package fr.jurye61.domain;

/** The candidate's decision, in this order of precedence (rules.md §1). */
public enum Decision {
    NON_ADMIS, NON_VALIDE, EN_ATTENTE, INTERROGE
}
