package fr.jurye61.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Tolerant reading of enumeration values (input.md): case, accents, spaces and hyphens are
 * ignored, so « Formation continue », « formation-continue » and « FORMATION_CONTINUE » are equal.
 */
public final class EnumText {
    private EnumText() {
    }

    /** The canonical form: lower case, no accents, words joined by '_'. */
    public static String normalise(String text) {
        String noAccents = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noAccents.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_']+", "_").replaceAll("^_|_$", "");
    }

    /** The constant of {@code type} whose lower-case name matches {@code text} once normalised. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String wanted = normalise(text);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** The value as written in data files: the lower-case constant name. */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
