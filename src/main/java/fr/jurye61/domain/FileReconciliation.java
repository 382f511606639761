package fr.jurye61.domain;

/** One input file's rows: read = accepted + rejected. */
public record FileReconciliation(String fichier, int lues, int acceptees, int rejetees) {
}
