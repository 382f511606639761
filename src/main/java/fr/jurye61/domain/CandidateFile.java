package fr.jurye61.domain;

import java.util.List;

/**
 * Everything the rules know of one candidate: the registration, the accepted pieces with the
 * state of their files, the deposits, the grids, whether the commission exists, the analysis of
 * the report that counts (null when no deposit counts) and the other candidates whose counted
 * report has the same SHA-256.
 */
public record CandidateFile(Candidate candidate, List<CheckedPiece> pieces, List<Deposit> deposits,
        List<CheckedGrid> grids, boolean commissionKnown, ReportAnalysis report, List<String> sameReportAs) {

    /** A file without report analysis (eligibility only). */
    public CandidateFile(Candidate candidate, List<CheckedPiece> pieces, List<Deposit> deposits,
            List<CheckedGrid> grids, boolean commissionKnown) {
        this(candidate, pieces, deposits, grids, commissionKnown, null, List.of());
    }

    /**
     * A report on its own, outside any session (check-report, before a deposit): no registration,
     * piece, deposit or grid, so only the content rules apply. The candidate is a placeholder « - ».
     */
    public static CandidateFile reportOnly(ReportAnalysis report) {
        Candidate nobody = new Candidate("-", "-", "-", null, Voie.SCOLAIRE, null, null, false, false, null, null, "-",
                new SourceRef("-", 0));
        return new CandidateFile(nobody, List.of(), List.of(), List.of(), true, report, List.of());
    }

    public String numero() {
        return candidate.numero();
    }

    /** The usable pieces of one type (unreadable ones are ignored, rules.md §2). */
    public List<Piece> usable(PieceType type) {
        return pieces.stream().filter(CheckedPiece::usable).map(CheckedPiece::piece)
                .filter(p -> p.type() == type).toList();
    }

    /** The deposit that counts: the latest at or before the session's deadline (rules.md §4). */
    public java.util.Optional<Deposit> countedDeposit(SessionParameters session) {
        return Deposits.counted(deposits, session.dateLimiteDepot().toInstant());
    }

    /** Usable rector-only decisions of one type actually issued by the rector (§3). */
    public List<Piece> rectoral(PieceType type) {
        return usable(type).stream().filter(p -> p.emetteurType() == EmetteurType.RECTEUR).toList();
    }
}
