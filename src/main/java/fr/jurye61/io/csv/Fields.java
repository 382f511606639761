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

    /** The stripped value, or null when empty. */
    public String optional(String column) throws InvalidValueException {
        String value = row.get(column);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(RejectionCode.VALEUR_TROP_LONGUE, "Colonne « " + column + " » : valeur de "
                    + value.length() + " caractères, au-delà des " + MAX_LENGTH + " admis.");
        }
        return value.isEmpty() ? null : value;
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
