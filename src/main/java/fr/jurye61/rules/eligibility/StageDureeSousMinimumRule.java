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

/**
 * STAGE-DUREE-SOUS-MINIMUM (§3): a rectoral reduction cannot go under the floor. With a
 * force-majeure authorisation as well, STAGE-FORCE-MAJEURE-SOUS-MINIMUM asks a person instead.
 */
public final class StageDureeSousMinimumRule extends AbstractRule {
    public StageDureeSousMinimumRule() {
        super("STAGE-DUREE-SOUS-MINIMUM");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        return facts.durationRulesRun() && facts.reduction() && !facts.forceMajeure();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        if (!facts.belowMinimum(session)) {
            return List.of();
        }
        Piece decision = file.rectoral(PieceType.DECISION_REDUCTION).get(0);
        return fire(file, Evidence.weeks(facts.weekdays()) + " < " + Evidence.parameter(
                "duree_stage_reduite_min_semaines", session.dureeStageReduiteMinSemaines())
                + " ; décision rectorale " + Evidence.where(decision.source()),
                Map.of("duree", facts.duree(),
                        "minimum", String.valueOf(session.dureeStageReduiteMinSemaines())),
                decision.source());
    }
}
