package fr.jurye61.domain;

import java.util.List;

/**
 * Everything the rules know of one candidate: the registration, the accepted pieces with the
 * state of their files, the deposits, the grids and whether the commission exists.
 */
public record CandidateFile(Candidate candidate, List<CheckedPiece> pieces, List<Deposit> deposits,
        List<CheckedGrid> grids, boolean commissionKnown) {

    public String numero() {
        return candidate.numero();
    }

    /** The usable pieces of one type (unreadable ones are ignored, rules.md §2). */
    public List<Piece> usable(PieceType type) {
        return pieces.stream().filter(CheckedPiece::usable).map(CheckedPiece::piece)
                .filter(p -> p.type() == type).toList();
    }

    /** Usable rector-only decisions of one type actually issued by the rector (§3). */
    public List<Piece> rectoral(PieceType type) {
        return usable(type).stream().filter(p -> p.emetteurType() == EmetteurType.RECTEUR).toList();
    }
}
