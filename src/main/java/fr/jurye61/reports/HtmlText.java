package fr.jurye61.reports;

/** Text put into the HTML pages (the audit report, check-report's page): escaped once, the same way. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
