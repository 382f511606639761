package fr.jurye61.io.csv;

import fr.jurye61.domain.RejectionCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Checks a file path written in a manifest: relative to the manifest's folder and staying
 * inside it, symbolic links included (input.md). A missing file is not an error here: the
 * rules report it; a path that could lead outside is rejected.
 */
public final class ManifestPaths {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ManifestPaths() {
    }

    /**
     * @return the path in canonical form (forward slashes, no "./"), relative to {@code folder}
     */
    public static String check(Path folder, String column, String value) throws InvalidValueException {
        String text = value.strip().replace('\\', '/');
        if (text.startsWith("/") || DRIVE.matcher(text).matches() || text.indexOf('\0') >= 0) {
            throw forbidden(column, value, "un chemin absolu est interdit");
        }
        for (String segment : text.split("/")) {
            if (segment.equals("..")) {
                throw forbidden(column, value, "« .. » est interdit");
            }
        }
        Path resolved;
        try {
            resolved = folder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw forbidden(column, value, "chemin invalide");
        }
        Path base = folder.toAbsolutePath().normalize();
        if (!resolved.toAbsolutePath().normalize().startsWith(base)) {
            throw forbidden(column, value, "le chemin sort du dossier");
        }
        if (leadsOutside(base, resolved.toAbsolutePath())) {
            throw forbidden(column, value, "un lien symbolique mène hors du dossier");
        }
        return base.relativize(resolved.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Follows links on the deepest existing part of the path and checks it stays under base. */
    private static boolean leadsOutside(Path base, Path resolved) {
        try {
            Path realBase = base.toRealPath();
            Path existing = resolved;
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return true;
            }
            if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                return true; // a dangling link: where it points is unknown
            }
            return !existing.toRealPath().startsWith(realBase);
        } catch (IOException e) {
            return true;
        }
    }

    private static InvalidValueException forbidden(String column, String value, String why) {
        return new InvalidValueException(RejectionCode.CHEMIN_INTERDIT, "Colonne « " + column + " » : "
                + Values.show(value) + " est refusé (" + why + ") ; le document est traité comme absent.");
    }
}
