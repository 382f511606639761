package fr.jurye61.reports;

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

    private OutputLayout() {
    }

    /** A pack's folder, relative to the night. */
    public static String dossier(String code) {
        return DOSSIERS + "/" + code;
    }
}
