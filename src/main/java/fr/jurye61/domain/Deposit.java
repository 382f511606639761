package fr.jurye61.domain;

import java.time.Instant;

/** One report deposit (rapports/depots.csv); {@code fichier} is relative to rapports/. */
public record Deposit(String numero, String fichier, Instant deposeLe, boolean viseStructure, Origine origine,
        SourceRef source) implements CandidateDocument {
}
