package fr.jurye61.domain;

/**
 * A file-level notice that rejects nothing (unknown column, identical duplicate kept once,
 * ruling matching no finding): it goes to the audit report and the run log, not to rejets.csv.
 */
public record Notice(String fichier, Integer ligne, String code, String message) {
}
