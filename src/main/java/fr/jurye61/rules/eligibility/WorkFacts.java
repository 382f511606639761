package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Period;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import java.util.List;

/** Certified work periods (§2.3.2, §2.5): only metrology work counts, in calendar days over the union. */
final class WorkFacts {
    private WorkFacts() {
    }

    static List<Piece> metrologyWork(CandidateFile file) {
        return file.usable(PieceType.CERTIFICAT_TRAVAIL).stream()
                .filter(Piece::domaineMetrologie).filter(p -> p.dateDebut() != null).toList();
    }

    static List<Period> periods(List<Piece> pieces) {
        return StageFacts.periods(pieces);
    }
}
