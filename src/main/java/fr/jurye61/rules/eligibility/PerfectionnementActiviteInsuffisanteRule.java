package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Period;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/**
 * PERFECTIONNEMENT-ACTIVITE-INSUFFISANTE (§2.3.2): no qualifying stage, and neither full-time
 * metrology work long enough within the 12 months before the exam, nor any metrology work long
 * enough within the 24 months before it (rolling windows: an interpretation).
 */
public final class PerfectionnementActiviteInsuffisanteRule extends AbstractRule {
    public PerfectionnementActiviteInsuffisanteRule() {
        super("PERFECTIONNEMENT-ACTIVITE-INSUFFISANTE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.FORMATION_CONTINUE
                && file.candidate().statutFc() == StatutFc.PERFECTIONNEMENT;
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts stage = StageFacts.of(file, session);
        if (stage.qualifies(session)) {
            return List.of();
        }
        List<Piece> work = WorkFacts.metrologyWork(file);
        Period year = new Period(session.dateExamen().minusMonths(12), session.dateExamen().minusDays(1));
        Period twoYears = new Period(session.dateExamen().minusMonths(24), session.dateExamen().minusDays(1));
        long fullTime = Period.daysWithin(WorkFacts.periods(work.stream().filter(p -> p.quotite() == 100).toList()), year);
        long anyTime = Period.daysWithin(WorkFacts.periods(work), twoYears);
        if (fullTime >= session.perfectionnementTempsPleinJours() || anyTime >= session.perfectionnementTempsPartielJours()) {
            return List.of();
        }
        String detail = fullTime + " jours à temps plein du " + year.debut() + " au " + year.fin() + " (< "
                + Evidence.parameter("perfectionnement_temps_plein_jours", session.perfectionnementTempsPleinJours())
                + "), " + anyTime + " jours du " + twoYears.debut() + " au " + twoYears.fin() + " (< "
                + Evidence.parameter("perfectionnement_temps_partiel_jours", session.perfectionnementTempsPartielJours())
                + ")";
        String stages = stage.stages().isEmpty() ? "aucun stage" : "stage : " + Evidence.weeks(stage.weekdays());
        String certificates = work.isEmpty() ? "aucun certificat de travail en métrologie"
                : "certificats : " + Evidence.periods(work);
        return fire(file, detail + " ; " + stages + " ; " + certificates, Map.of("detail", detail),
                work.isEmpty() ? file.candidate().source() : work.get(0).source());
    }
}
