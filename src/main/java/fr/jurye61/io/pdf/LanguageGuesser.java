package fr.jurye61.io.pdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a text is English or French from the share of each language's function
 * words: robust on short texts and on technical vocabulary, which both languages share. The
 * heading word (« Summary ») plays no part: only the section's text is read.
 */
public final class LanguageGuesser {
    public static final String ENGLISH = "en";
    public static final String FRENCH = "fr";
    public static final String UNKNOWN = "?";

    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "was", "were", "for", "on",
            "with", "as", "by", "at", "an", "be", "this", "that", "it", "from", "are", "or", "which", "have", "has",
            "had", "i", "my", "we", "our", "me", "how", "during", "into", "not", "their", "they", "its", "can",
            "also", "these", "those", "would", "will", "been", "but", "all", "about", "when", "what", "who",
            "taught", "than", "then", "there", "so", "each", "other", "some", "such", "only", "very");
    private static final Set<String> FR = Set.of("le", "la", "les", "de", "des", "du", "et", "en", "un", "une",
            "est", "sont", "au", "aux", "dans", "par", "pour", "sur", "avec", "que", "qui", "ne", "pas", "ce",
            "cette", "ces", "il", "elle", "nous", "je", "mon", "ma", "mes", "son", "sa", "ses", "a", "ont", "ou",
            "mais", "donc", "leur", "leurs", "se", "ete", "etre", "avoir", "fait", "plus", "comme", "tout",
            "tous", "lors", "selon", "d", "l", "j", "qu", "n", "s", "c");

    private LanguageGuesser() {
    }

    /** "en", "fr", or "?" when the text is too short or the evidence too thin. */
    public static String guess(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        int en = 0;
        int fr = 0;
        int words = 0;
        for (String word : folded.split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (EN.contains(word)) {
                en++;
            }
            if (FR.contains(word)) {
                fr++;
            }
        }
        if (words < 8 || en + fr < 3) {
            return UNKNOWN;
        }
        if (en >= 2 * fr && en * 20 >= words) {
            return ENGLISH;
        }
        if (fr >= 2 * en && fr * 20 >= words) {
            return FRENCH;
        }
        return UNKNOWN;
    }

    /** Words as a reader counts them: runs of letters (apostrophes and hyphens inside a word). */
    public static int countWords(String text) {
        int count = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetter)) {
                count++;
            }
        }
        return count;
    }
}
