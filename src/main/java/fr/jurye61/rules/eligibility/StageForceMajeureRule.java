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

/** STAGE-FORCE-MAJEURE (§2.1.2, §4): partial stage authorised by the rector; the jury president is told. */
public final class StageForceMajeureRule extends AbstractRule {
    public StageForceMajeureRule() {
        super("STAGE-FORCE-MAJEURE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        return facts.durationRulesRun() && facts.forceMajeure() && !facts.reduction();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        if (!facts.belowThreshold(session) || facts.belowMinimum(session)) {
            return List.of();
        }
        Piece authorisation = file.rectoral(PieceType.AUTORISATION_FORCE_MAJEURE).get(0);
        return fire(file, Evidence.weeks(facts.weekdays()) + ", entre " + Evidence.parameter(
                "duree_stage_reduite_min_semaines", session.dureeStageReduiteMinSemaines()) + " et "
                + Evidence.parameter("duree_stage_semaines", session.dureeStageSemaines())
                + " ; autorisation rectorale " + Evidence.where(authorisation.source()),
                Map.of("duree", facts.duree()), authorisation.source());
    }
}
