package fr.jurye61.rules;

import fr.jurye61.domain.Piece;
import fr.jurye61.domain.SourceRef;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** French wording of evidence: figures with a decimal comma, pieces by file and line. */
public final class Evidence {
    private Evidence() {
    }

    public static String decimal(double value) {
        return String.format(Locale.FRANCE, "%.1f", value);
    }

    /** « 58 jours ouvrés = 11,6 semaines » */
    public static String weeks(long weekdays) {
        return weekdays + " jours ouvrés = " + decimal(weekdays / 5.0) + " semaines";
    }

    public static String where(SourceRef source) {
        return source.fichier() + " ligne " + source.ligne();
    }

    /** « pieces/pieces.csv ligne 4 (2026-05-04 → 2026-07-10) ; … » */
    public static String periods(List<Piece> pieces) {
        return pieces.stream()
                .map(p -> where(p.source()) + (p.dateDebut() == null ? "" : " (" + p.dateDebut() + " → " + p.dateFin() + ")"))
                .collect(Collectors.joining(" ; "));
    }

    /** « duree_stage_semaines = 12 » : the session parameter a threshold came from. */
    public static String parameter(String name, int value) {
        return name + " = " + value;
    }
}
