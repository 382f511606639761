package fr.jurye61.domain;

/**
 * The names of the input folder (input.md), in one place: where each manifest lives, and where
 * the documents a manifest lists are (beside it). The readers, the rules' evidence and the sample
 * generator all spell them from here.
 */
public final class InputLayout {
    public static final String SESSION = "session.properties";
    public static final String COMMISSIONS = "commissions.csv";
    public static final String INSCRIPTIONS = "inscriptions/*.csv";
    public static final String PIECES = "pieces/pieces.csv";
    public static final String DEPOTS = "rapports/depots.csv";
    public static final String GRILLES = "grilles/grilles.csv";
    public static final String DECISIONS = "decisions/*.csv";

    private InputLayout() {
    }

    /** The folder of a manifest ({@code rapports} for {@code rapports/depots.csv}), empty at the top. */
    public static String folderOf(String location) {
        int slash = location.lastIndexOf('/');
        return slash < 0 ? "" : location.substring(0, slash);
    }

    /** A piece's file as the input folder names it: {@code pieces/<fichier>}. */
    public static String piece(String fichier) {
        return folderOf(PIECES) + "/" + fichier;
    }

    /** A deposited report's file: {@code rapports/<fichier>}. */
    public static String report(String fichier) {
        return folderOf(DEPOTS) + "/" + fichier;
    }

    /** A grid's file: {@code grilles/<fichier>}. */
    public static String grid(String fichier) {
        return folderOf(GRILLES) + "/" + fichier;
    }
}
