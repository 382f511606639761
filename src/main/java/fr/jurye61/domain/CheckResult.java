package fr.jurye61.domain;

/** What one rule said of one candidate: recorded for passed checks too (veraPDF style). */
public enum CheckResult {
    /** The rule applied and did not fire. */
    RESPECTEE,
    /** The rule fired: see the findings. */
    CONSTAT,
    /** The rule does not concern this candidate (path, preconditions). */
    NON_APPLICABLE
}
