package fr.jurye61.io.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The format of a commission pack (output.md), in one place: what the builder writes and the
 * verifier checks. A pack folder holds {@code manifeste.sha256}, the merged {@code <code>.pdf}
 * (one bookmark per candidate « numéro - nom prénom », with the children « Grille d'évaluation »
 * and « Rapport »), and {@code candidats/<numéro>/grille.pdf} and {@code rapport.pdf}.
 */
public final class PackLayout {
    public static final String MANIFEST = "manifeste.sha256";
    public static final String CANDIDATES = "candidats";
    public static final String GRID = "grille.pdf";
    public static final String REPORT = "rapport.pdf";
    /** The two files of a candidate, in the order they are merged. */
    public static final List<String> CANDIDATE_FILES = List.of(GRID, REPORT);
    public static final String GRID_BOOKMARK = "Grille d'évaluation";
    public static final String REPORT_BOOKMARK = "Rapport";
    private static final String TITLE_SEPARATOR = " - ";
    private static final String MERGED_SUFFIX = ".pdf";
    /** {@code <sha256>}, two spaces, the path: what {@code sha256sum -c} reads. */
    private static final int HASH = 64;

    private PackLayout() {
    }

    /** The merged PDF of a commission. */
    public static String mergedName(String code) {
        return code + MERGED_SUFFIX;
    }

    /** Whether a file name at a pack's top may be its merged PDF (any case of {@code .pdf}). */
    public static boolean isMergedName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(MERGED_SUFFIX);
    }

    /** The commission code a merged PDF's name carries ({@code C01} for {@code C01.pdf}). */
    public static String codeOf(String mergedName) {
        return isMergedName(mergedName) ? mergedName.substring(0, mergedName.length() - MERGED_SUFFIX.length())
                : mergedName;
    }

    /** {@code candidats/<numero>}, relative to the pack. */
    public static String candidateFolder(String numero) {
        return CANDIDATES + "/" + numero;
    }

    /** {@code candidats/<numero>/<file>}, relative to the pack, with forward slashes. */
    public static String candidateFile(String numero, String file) {
        return candidateFolder(numero) + "/" + file;
    }

    public static Path candidateFile(Path pack, String numero, String file) {
        return pack.resolve(CANDIDATES).resolve(numero).resolve(file);
    }

    /** The candidate's bookmark in the merged PDF. */
    public static String bookmarkTitle(String numero, String nom, String prenom) {
        return numero + TITLE_SEPARATOR + nom + " " + prenom;
    }

    /** The candidate number a bookmark names (the whole title when it has no separator). */
    public static String numeroOfBookmark(String title) {
        int at = title.indexOf(TITLE_SEPARATOR);
        return at < 0 ? title : title.substring(0, at);
    }

    /** One line of the manifest. */
    public static String manifestLine(String sha256, String relativePath) {
        return sha256 + "  " + relativePath;
    }

    /** A manifest line read back: its hash and path, when the line has that shape (lower-case hex). */
    public record ManifestEntry(String sha256, String path) {
    }

    public static Optional<ManifestEntry> parseManifestLine(String line) {
        if (line.length() <= HASH + 2 || line.charAt(HASH) != ' ' || line.charAt(HASH + 1) != ' ') {
            return Optional.empty();
        }
        String sha = line.substring(0, HASH);
        if (!sha.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            return Optional.empty();
        }
        return Optional.of(new ManifestEntry(sha, line.substring(HASH + 2)));
    }
}
