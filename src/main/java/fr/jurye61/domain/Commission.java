package fr.jurye61.domain;

import java.time.LocalDate;

/** An E6.1 examining commission (commissions.csv). */
public record Commission(String code, String libelle, LocalDate dateInterrogation, String lieu, SourceRef source) {

    /** The same commission read from another row: used to tell identical duplicates. */
    public Commission withSource(SourceRef other) {
        return new Commission(code, libelle, dateInterrogation, lieu, other);
    }
}
