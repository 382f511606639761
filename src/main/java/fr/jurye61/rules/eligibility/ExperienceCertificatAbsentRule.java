package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** EXPERIENCE-CERTIFICAT-ABSENT (§2.5): no work certificate at all and no qualifying stage. */
public final class ExperienceCertificatAbsentRule extends AbstractRule {
    public ExperienceCertificatAbsentRule() {
        super("EXPERIENCE-CERTIFICAT-ABSENT");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.EXPERIENCE_PRO;
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts stage = StageFacts.of(file, session);
        boolean qualifyingStage = stage.qualifies(session);
        if (qualifyingStage || !file.usable(PieceType.CERTIFICAT_TRAVAIL).isEmpty()) {
            return List.of();
        }
        return fire(file, "aucun certificat_travail lisible ; stage : " + Evidence.weeks(stage.weekdays()) + " < "
                + Evidence.parameter("duree_stage_semaines", session.dureeStageSemaines()),
                Map.of("seuil", String.valueOf(session.dureeStageSemaines())), file.candidate().source());
    }
}
