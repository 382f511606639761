package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Period;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/**
 * EXPERIENCE-DUREE-A-VERIFIER (§2.5; the threshold is a session parameter, outside Annexe IV B):
 * certified metrology work under the months required, counted as calendar days / 30.44.
 */
public final class ExperienceDureeAVerifierRule extends AbstractRule {
    static final double DAYS_PER_MONTH = 30.44;

    public ExperienceDureeAVerifierRule() {
        super("EXPERIENCE-DUREE-A-VERIFIER");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.EXPERIENCE_PRO
                && !file.usable(PieceType.CERTIFICAT_TRAVAIL).isEmpty();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts stage = StageFacts.of(file, session);
        if (stage.qualifies(session)) {
            return List.of();
        }
        List<Piece> work = WorkFacts.metrologyWork(file);
        long days = Period.days(WorkFacts.periods(work));
        double months = days / DAYS_PER_MONTH;
        if (months >= session.experienceMinMois()) {
            return List.of();
        }
        String duree = days + " jours = " + Evidence.decimal(months) + " mois";
        return fire(file, duree + " de travail en métrologie < " + Evidence.parameter("experience_min_mois",
                session.experienceMinMois()) + (work.isEmpty() ? "" : " ; " + Evidence.periods(work)),
                Map.of("duree", duree, "seuil", String.valueOf(session.experienceMinMois())),
                file.usable(PieceType.CERTIFICAT_TRAVAIL).get(0).source());
    }
}
