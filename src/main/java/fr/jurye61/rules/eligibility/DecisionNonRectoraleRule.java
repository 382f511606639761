package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckedPiece;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** DECISION-NON-RECTORALE (§3): reductions, dispensations and force majeure are the rector's alone. */
public final class DecisionNonRectoraleRule extends AbstractRule {
    public DecisionNonRectoraleRule() {
        super("DECISION-NON-RECTORALE");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        return file.pieces().stream().map(CheckedPiece::piece)
                .filter(p -> p.type().isRectorOnly() && p.emetteurType() != EmetteurType.RECTEUR)
                .map(p -> finding(file, Evidence.where(p.source()) + " : " + EnumText.code(p.type()) + ", emetteur_type = "
                                + EnumText.code(p.emetteurType()) + " (" + p.emetteur() + ")",
                        Map.of("type", EnumText.code(p.type()), "emetteur", p.emetteur()), p.source()))
                .toList();
    }
}
