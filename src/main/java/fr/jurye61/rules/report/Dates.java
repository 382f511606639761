package fr.jurye61.rules.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Deposit times as the exam service reads them: Paris time, to the second, and to the millisecond
 * when there is one — a deposit 1 ms late must not read « 23:59 > 23:59:59 ».
 */
final class Dates {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss,SSS", Locale.ROOT);

    private Dates() {
    }

    static String paris(Instant instant) {
        return (instant.getNano() == 0 ? SECONDS : MILLIS).format(instant.atZone(PARIS)) + " (heure de Paris)";
    }
}
