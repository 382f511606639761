package fr.jurye61.rules.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Deposit times as the exam service reads them: Paris time. */
final class Dates {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE);

    private Dates() {
    }

    static String paris(Instant instant) {
        return FORMAT.format(instant.atZone(PARIS)) + " (heure de Paris)";
    }
}
