package fr.jurye61.domain;

/**
 * An input row, or a whole file, that could not be accepted. {@code ligne} is null for a
 * whole file; {@code lignesCouvertes} is how many data rows the rejection accounts for, so
 * that read = accepted + rejected can be reconciled per file.
 */
public record Rejection(String fichier, Integer ligne, RejectionCode code, String message, int lignesCouvertes) {

    public static Rejection ofRow(String fichier, int ligne, RejectionCode code, String message) {
        return new Rejection(fichier, ligne, code, message, 1);
    }

    public static Rejection ofFile(String fichier, RejectionCode code, String message, int dataRows) {
        return new Rejection(fichier, null, code, message, dataRows);
    }
}
