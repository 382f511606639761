package fr.jurye61.io.csv;

import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.RejectionCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parsing of the value forms of input.md, shared by every CSV and session.properties. */
public final class Values {
    /** Local timestamps are read in the exam service's time zone. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final List<DateTimeFormatter> DATES = List.of(
            strict("uuuu-MM-dd"), strict("dd/MM/uuuu"));
    private static final List<DateTimeFormatter> LOCAL_TIMESTAMPS = List.of(
            strict("dd/MM/uuuu HH:mm:ss"), strict("dd/MM/uuuu HH:mm"),
            strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-MM-dd HH:mm"));

    private Values() {
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The value as shown in a message: quoted, shortened, control characters made visible. */
    public static String show(String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return "« " + shown + " »";
    }

    public static LocalDate date(String field, String value) throws InvalidValueException {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        throw new InvalidValueException(RejectionCode.DATE_INVALIDE, "Colonne « " + field + " » : " + show(value)
                + " n'est pas une date valide (formes acceptées : aaaa-mm-jj ou jj/mm/aaaa).");
    }

    public static OffsetDateTime timestamp(String field, String value) throws InvalidValueException {
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            // not ISO with an offset: try the local forms
        }
        for (DateTimeFormatter format : LOCAL_TIMESTAMPS) {
            try {
                return LocalDateTime.parse(text, format).atZone(PARIS).toOffsetDateTime();
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        throw new InvalidValueException(RejectionCode.HORODATAGE_INVALIDE, "Colonne « " + field + " » : " + show(value)
                + " n'est pas un horodatage valide (formes acceptées : 2027-05-12T18:03:00+02:00, "
                + "jj/mm/aaaa hh:mm[:ss] ou aaaa-mm-jj hh:mm[:ss], heure de Paris).");
    }

    public static boolean bool(String field, String value) throws InvalidValueException {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "oui", "o", "1", "true", "yes", "vrai":
                return true;
            case "non", "n", "0", "false", "no", "faux":
                return false;
            default:
                throw new InvalidValueException(RejectionCode.BOOLEEN_INVALIDE, "Colonne « " + field + " » : "
                        + show(value) + " n'est pas un booléen (oui/non, o/n, 1/0, true/false, yes/no).");
        }
    }

    public static <E extends Enum<E>> E enumeration(String field, String value, Class<E> type, List<E> allowed)
            throws InvalidValueException {
        Optional<E> parsed = EnumText.parse(type, value);
        if (parsed.isPresent() && allowed.contains(parsed.get())) {
            return parsed.get();
        }
        throw new InvalidValueException(RejectionCode.VALEUR_INCONNUE, "Colonne « " + field + " » : " + show(value)
                + " n'est pas une valeur admise (" + String.join(", ", allowed.stream().map(EnumText::code).toList())
                + ").");
    }

    public static <E extends Enum<E>> E enumeration(String field, String value, Class<E> type)
            throws InvalidValueException {
        return enumeration(field, value, type, List.of(type.getEnumConstants()));
    }

    /** numero_candidat and code_commission name output files: 1 to 20 of A-Z a-z 0-9 -. */
    public static String identifier(String field, String value) throws InvalidValueException {
        String text = value.strip();
        if (!IDENTIFIER.matcher(text).matches()) {
            throw new InvalidValueException(RejectionCode.IDENTIFIANT_INVALIDE, "Colonne « " + field + " » : "
                    + show(value) + " n'est pas un identifiant admis (1 à 20 caractères parmi A-Z, a-z, 0-9 et -).");
        }
        return text;
    }

    /** A whole number within bounds; '%' after it is tolerated. */
    public static int integer(String field, String value, int min, int max, RejectionCode code)
            throws InvalidValueException {
        String text = value.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        try {
            int parsed = Integer.parseInt(text);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValueException(code, "Colonne « " + field + " » : " + show(value)
                + " n'est pas un nombre entier de " + min + " à " + max + ".");
    }
}
