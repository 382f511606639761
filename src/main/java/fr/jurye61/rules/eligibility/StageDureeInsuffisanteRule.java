package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** STAGE-DUREE-INSUFFISANTE (§2.1.2, §3): under the required weeks, without any rectoral decision. */
public final class StageDureeInsuffisanteRule extends AbstractRule {
    public StageDureeInsuffisanteRule() {
        super("STAGE-DUREE-INSUFFISANTE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return StageFacts.of(file, session).durationRulesRun();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        if (!facts.belowThreshold(session) || facts.reduction() || facts.forceMajeure() || facts.specialContract()) {
            return List.of();
        }
        return fire(file, Evidence.weeks(facts.weekdays()) + " < " + Evidence.parameter("duree_stage_semaines",
                session.dureeStageSemaines()) + " ; " + Evidence.periods(facts.stages()),
                Map.of("duree", facts.duree(),
                        "seuil", String.valueOf(session.dureeStageSemaines())),
                facts.stages().get(0).source());
    }
}
