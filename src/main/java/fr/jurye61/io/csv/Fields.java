package fr.jurye61.io.csv;

import fr.jurye61.domain.RejectionCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Typed access to the values of one row; every failure names the column and the value. */
public final class Fields {
    /** Longest value stored: longer ones are never real names, paths or justifications. */
    public static final int MAX_LENGTH = 1000;

    private final CsvRow row;

    public Fields(CsvRow row) {
        this.row = row;
    }

    public CsvRow row() {
        return row;
    }

    /**
     * The stripped value, or null when empty. Line breaks and tabs inside a quoted value become
     * spaces; any other control or invisible formatting character (a NUL byte, a direction override
     * that would show a name reversed) rejects the row: it would reach the CSV and HTML reports.
     */
    public String optional(String column) throws InvalidValueException {
        String value = row.get(column);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(RejectionCode.VALEUR_TROP_LONGUE, "Colonne « " + column + " » : valeur de "
                    + value.length() + " caractères, au-delà des " + MAX_LENGTH + " admis.");
        }
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (clean == null) {
                    clean = new StringBuilder(value.substring(0, i));
                }
                clean.append(' ');
                continue;
            }
            if (forbidden(c)) {
                String what = c == '\uFEFF' ? "marque d'ordre des octets (BOM) U+FEFF, reste d'un autre export collé ?"
                        : String.format(java.util.Locale.ROOT, "caractère de contrôle ou invisible U+%04X", (int) c);
                throw new InvalidValueException(RejectionCode.CARACTERE_INTERDIT, "Colonne « " + column + " » : "
                        + what + " en position " + (i + 1) + " de " + Values.show(value) + " : la ligne est rejetée.");
            }
            if (clean != null) {
                clean.append(c);
            }
        }
        String result = clean == null ? value : clean.toString().replaceAll(" {2,}", " ").strip();
        return result.isEmpty() ? null : result;
    }

    /** C0 and C1 controls, DEL, and the invisible marks that reorder or hide text. */
    static boolean forbidden(char c) {
        return Character.getType(c) == Character.CONTROL
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\uFEFF';
    }

    public String required(String column) throws InvalidValueException {
        String value = optional(column);
        if (value == null) {
            throw missing(column, "");
        }
        return value;
    }

    public static InvalidValueException missing(String column, String when) {
        return new InvalidValueException(RejectionCode.VALEUR_MANQUANTE,
                "Colonne « " + column + " » : valeur obligatoire absente" + when + ".");
    }

    public String identifier(String column) throws InvalidValueException {
        return Values.identifier(column, required(column));
    }

    public LocalDate optionalDate(String column) throws InvalidValueException {
        String value = optional(column);
        return value == null ? null : Values.date(column, value);
    }

    public OffsetDateTime timestamp(String column) throws InvalidValueException {
        return Values.timestamp(column, required(column));
    }

    public boolean bool(String column, boolean byDefault) throws InvalidValueException {
        String value = optional(column);
        return value == null ? byDefault : Values.bool(column, value);
    }

    public <E extends Enum<E>> E enumeration(String column, Class<E> type) throws InvalidValueException {
        return Values.enumeration(column, required(column), type);
    }

    public <E extends Enum<E>> E optionalEnumeration(String column, Class<E> type, List<E> allowed)
            throws InvalidValueException {
        String value = optional(column);
        return value == null ? null : Values.enumeration(column, value, type, allowed);
    }
}
