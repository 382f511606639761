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
 * STAGE-FORCE-MAJEURE-SOUS-MINIMUM (§3 vs §4): force majeure authorised, duration under the
 * floor (0 without any certificate). §3 sets the floor, §4 lets the rector authorise: a person
 * decides. Also when a reduction exists beside the authorisation (our interpretation).
 */
public final class StageForceMajeureSousMinimumRule extends AbstractRule {
    public StageForceMajeureSousMinimumRule() {
        super("STAGE-FORCE-MAJEURE-SOUS-MINIMUM");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        return facts.durationRulesRun() && facts.forceMajeure();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        if (!facts.belowMinimum(session)) {
            return List.of();
        }
        Piece authorisation = file.rectoral(PieceType.AUTORISATION_FORCE_MAJEURE).get(0);
        String stages = facts.stages().isEmpty() ? "aucune attestation de stage" : Evidence.periods(facts.stages());
        return fire(file, Evidence.weeks(facts.weekdays()) + " < " + Evidence.parameter(
                "duree_stage_reduite_min_semaines", session.dureeStageReduiteMinSemaines()) + " ; " + stages
                + " ; autorisation rectorale " + Evidence.where(authorisation.source()),
                Map.of("duree", facts.duree(),
                        "minimum", String.valueOf(session.dureeStageReduiteMinSemaines())),
                authorisation.source());
    }
}
