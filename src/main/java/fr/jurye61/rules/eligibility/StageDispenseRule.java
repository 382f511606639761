package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** STAGE-DISPENSE (§3): a rectoral dispensation; no stage is required. */
public final class StageDispenseRule extends AbstractRule {
    public StageDispenseRule() {
        super("STAGE-DISPENSE");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        List<Piece> dispenses = file.rectoral(PieceType.DISPENSE);
        if (dispenses.isEmpty()) {
            return List.of();
        }
        Piece first = dispenses.get(0);
        return fire(file, "dispense " + (first.reference() == null ? "" : first.reference() + " ") + "du recteur, "
                + Evidence.where(first.source()), Map.of(), first.source());
    }
}
