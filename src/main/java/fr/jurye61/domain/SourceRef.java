package fr.jurye61.domain;

/** Where a piece of data came from: a file relative to the input folder, and its 1-based line. */
public record SourceRef(String fichier, int ligne) {
    @Override
    public String toString() {
        return fichier + ", ligne " + ligne;
    }
}
