package fr.jurye61.reports;

/** Small French wording shared by the console and the reports. */
public final class FrenchText {
    private FrenchText() {
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
}
