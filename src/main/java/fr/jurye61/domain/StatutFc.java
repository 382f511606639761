package fr.jurye61.domain;

/** Continuing-education status (§2.3.1, §2.3.2). */
public enum StatutFc {
    PREMIERE_FORMATION, RECONVERSION, PERFECTIONNEMENT
}
