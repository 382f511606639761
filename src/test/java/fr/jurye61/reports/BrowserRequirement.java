package fr.jurye61.reports;

import org.junit.jupiter.api.Assumptions;

/**
 * Browser tests need Debian's chromium (and chromedriver): .ci/run installs them and sets
 * JURY_NAVIGATEUR_REQUIS=oui, so that a missing browser fails there instead of skipping silently.
 */
final class BrowserRequirement {
    private BrowserRequirement() {
    }

    static void check(boolean present, String what) {
        if ("oui".equals(System.getenv("JURY_NAVIGATEUR_REQUIS"))) {
            if (!present) {
                throw new AssertionError(what + " missing, though JURY_NAVIGATEUR_REQUIS=oui");
            }
            return;
        }
        Assumptions.assumeTrue(present, what + " not installed: .ci/run installs it");
    }
}
