package fr.jurye61.domain;

/**
 * A document the evaluation retained for a candidate: the report that counts, or the grid that
 * goes into the pack. Recorded with the outcome, so that the pack, the notices, the audit report
 * and explain read this choice instead of making it again. {@code sha256} is null when the file
 * could not be read.
 */
public record RetainedDocument(String numero, Role role, String fichier, String sha256, FileState etat) {

    /** What the document is for. */
    public enum Role {
        /** The deposit that counts (rules.md §4): analysed, and sent to the commission. */
        RAPPORT,
        /** The grid that goes into the pack (§2.1.4): the last usable one listed. */
        GRILLE
    }
}
