package fr.jurye61.domain;

import java.time.LocalDate;

/** A certificate, contract or rectoral decision listed in pieces/pieces.csv. */
public record Piece(
        String numero,
        PieceType type,
        String emetteur,
        EmetteurType emetteurType,
        LocalDate dateDebut,
        LocalDate dateFin,
        int quotite,
        boolean domaineMetrologie,
        String reference,
        String fichier,
        SourceRef source) implements CandidateDocument {
}
