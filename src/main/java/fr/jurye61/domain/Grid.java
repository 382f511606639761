package fr.jurye61.domain;

import java.time.LocalDate;

/** An evaluation grid (grilles/grilles.csv); {@code fichier} is relative to grilles/. */
public record Grid(String numero, String fichier, LocalDate etablieLe, SourceRef source)
        implements CandidateDocument {
}
