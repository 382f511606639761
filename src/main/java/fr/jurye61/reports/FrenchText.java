package fr.jurye61.reports;

import fr.jurye61.domain.Decision;
import java.util.EnumMap;
import java.util.Map;

/** Small French wording shared by the console and the reports. */
public final class FrenchText {
    /** Each decision in words, singular and plural (the tables keep the codes of decisions.csv). */
    private static final Map<Decision, String[]> DECISIONS = new EnumMap<>(Map.of(
            Decision.INTERROGE, new String[] {"interrogé", "interrogés"},
            Decision.EN_ATTENTE, new String[] {"en attente", "en attente"},
            Decision.NON_VALIDE, new String[] {"non validé", "non validés"},
            Decision.NON_ADMIS, new String[] {"non admis", "non admis"}));

    private FrenchText() {
    }

    /** « 3 interrogés », « 1 non validé », « 0 en attente ». */
    public static String count(long n, Decision decision) {
        return count(n, DECISIONS.get(decision)[0], DECISIONS.get(decision)[1]);
    }

    /** A decision's plural, for a legend or a card: « interrogés ». */
    public static String plural(Decision decision) {
        return DECISIONS.get(decision)[1];
    }

    /**
     * « 0 ligne », « 1 ligne », « 2 lignes »: French puts the singular below two. {@code word} is
     * the singular; words whose plural is not « +s » give it ({@code plural}).
     */
    public static String count(long n, String word, String plural) {
        return n + " " + (n > 1 ? plural : word);
    }

    public static String count(long n, String word) {
        return count(n, word, word + "s");
    }

    private static final java.time.format.DateTimeFormatter MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRANCE);

    /** A date as a French letter writes it: « 4 décembre 2026 », « 1er mars 2027 » (whatever LANG is). */
    public static String date(java.time.LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " " + date.format(MONTH_YEAR);
    }
}
