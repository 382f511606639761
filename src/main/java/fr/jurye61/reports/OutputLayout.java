package fr.jurye61.reports;

import java.util.Map;

/**
 * The names of the night's outputs (output.md), relative to a night folder and so to {@code
 * --output} through its links: the one place they are spelt.
 */
public final class OutputLayout {
    public static final String REJETS = "rejets.csv";
    public static final String DECISIONS = "decisions.csv";
    public static final String CONSTATS = "constats.csv";
    public static final String CONSTATS_SARIF = "constats.sarif";
    public static final String CHANGEMENTS = "changements.csv";
    public static final String AUDIT_REPORT = "rapport-audit.html";
    /** One folder per commission, {@code dossiers/<code_commission>/} (its format: io.pdf.PackLayout). */
    public static final String DOSSIERS = "dossiers";
    public static final String NOTICES = "notices";
    public static final String NOTICES_CSV = NOTICES + "/president-jury.csv";
    public static final String NOTICES_PDF = NOTICES + "/president-jury.pdf";
    /** The letters asking candidates for what is missing: one PDF per school, and their follow-up. */
    public static final String COURRIERS = "courriers";
    public static final String COURRIERS_SUIVI = COURRIERS + "/suivi.csv";
    /** The letters of candidates with no school in their registration. */
    static final String NO_SCHOOL = "sans-etablissement";

    private OutputLayout() {
    }

    /**
     * The file of each school's letters, relative to the night: courriers/<school>.pdf, the name
     * folded to ASCII letters, digits and hyphens (a school's name is free text: « Lycée
     * Jean-Moulin (Lyon) » gives lycee-jean-moulin-lyon.pdf). Two schools folding to the same name
     * are told apart by a number, in the order of their names; a candidate with no school is in
     * sans-etablissement.pdf.
     */
    public static Map<String, String> letterFiles(java.util.Collection<String> schools) {
        Map<String, String> files = new java.util.TreeMap<>();
        Map<String, Integer> taken = new java.util.HashMap<>();
        for (String school : new java.util.TreeSet<>(schools)) {
            String base = school.isBlank() ? NO_SCHOOL : fold(school);
            int n = taken.merge(base, 1, Integer::sum);
            files.put(school, COURRIERS + "/" + (n == 1 ? base : base + "-" + n) + ".pdf");
        }
        return files;
    }

    private static String fold(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (ascii.length() > 80) {
            ascii = ascii.substring(0, 80).replaceAll("-+$", "");
        }
        // a school named only with other scripts, or « sans-etablissement » itself, keeps a name of its own
        return ascii.isEmpty() || ascii.equals(NO_SCHOOL) ? "etablissement" : ascii;
    }

    /** A pack's folder, relative to the night. */
    public static String dossier(String code) {
        return DOSSIERS + "/" + code;
    }
}
