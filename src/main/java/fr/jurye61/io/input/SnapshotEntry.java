package fr.jurye61.io.input;

/**
 * What a night found at one path of the input folder when it took its snapshot: a regular file
 * (its size, modification time and SHA-256, the content being kept under that hash), or why it
 * could not be kept. {@code chemin} is relative to the input folder, with forward slashes.
 */
public record SnapshotEntry(String chemin, Nature nature, long taille, long modifie, String sha256) {

    /** What stood at the path. */
    public enum Nature {
        /** A regular file (or a link to one inside the input folder), kept whole. */
        FICHIER,
        /** A symbolic link leading outside the input folder, or dangling: never followed. */
        LIEN_EXTERIEUR,
        /** A FIFO, a socket, a device: never opened (opening a FIFO blocks). */
        NON_REGULIER,
        /** Larger than an input file may be: not copied. */
        TROP_VOLUMINEUX,
        /** Could not be read (permissions, I/O error). */
        ILLISIBLE
    }

    public boolean kept() {
        return nature == Nature.FICHIER;
    }

    /** Two entries stand for the same input when path, nature and content agree (the time may differ). */
    public boolean sameInputAs(SnapshotEntry other) {
        return chemin.equals(other.chemin) && nature == other.nature && taille == other.taille
                && java.util.Objects.equals(sha256, other.sha256);
    }
}
