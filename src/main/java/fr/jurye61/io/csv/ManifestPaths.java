package fr.jurye61.io.csv;

import fr.jurye61.domain.RejectionCode;
import fr.jurye61.io.input.InputSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a file path written in a manifest: relative to the manifest's folder and staying
 * inside it, symbolic links included (input.md). A missing file is not an error here: the
 * rules report it; a path that could lead outside is rejected.
 *
 * <p>The path is normalised as text, never turned into a file-system path: a name in any script
 * is read the same whatever the machine's locale. Whether it goes through a link leading outside
 * is read from the night's snapshot, which resolved every link once.
 */
public final class ManifestPaths {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ManifestPaths() {
    }

    /**
     * @param folder the manifest's folder, relative to the input folder ({@code rapports})
     * @return the path in canonical form (forward slashes, no "./"), relative to {@code folder}
     */
    public static String check(InputSnapshot snapshot, String folder, String column, String value)
            throws InvalidValueException {
        String text = value.strip().replace('\\', '/');
        if (text.startsWith("/") || DRIVE.matcher(text).matches() || text.indexOf('\0') >= 0) {
            throw forbidden(column, value, "un chemin absolu est interdit");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : text.split("/")) {
            if (segment.equals("..")) {
                throw forbidden(column, value, "« .. » est interdit");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        if (segments.isEmpty()) {
            throw forbidden(column, value, "chemin vide");
        }
        String relative = String.join("/", segments);
        if (snapshot.behindOutsideLink(folder + "/" + relative)) {
            throw forbidden(column, value, "un lien symbolique mène hors du dossier");
        }
        return relative;
    }

    private static InvalidValueException forbidden(String column, String value, String why) {
        return new InvalidValueException(RejectionCode.CHEMIN_INTERDIT, "Colonne « " + column + " » : "
                + Values.show(value) + " est refusé (" + why + ") ; le document est traité comme absent.");
    }
}
