package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** TRAVAIL-HORS-METROLOGIE (§2.3.2): a work certificate outside metrology is not counted. */
public final class TravailHorsMetrologieRule extends AbstractRule {
    public TravailHorsMetrologieRule() {
        super("TRAVAIL-HORS-METROLOGIE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        Voie voie = file.candidate().voieEffective();
        return voie == Voie.EXPERIENCE_PRO
                || voie == Voie.FORMATION_CONTINUE && file.candidate().statutFc() == StatutFc.PERFECTIONNEMENT;
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        return file.usable(PieceType.CERTIFICAT_TRAVAIL).stream().filter(p -> !p.domaineMetrologie())
                .map(p -> finding(file, Evidence.where(p.source()) + " : " + p.emetteur() + ", domaine_metrologie = non",
                        Map.of(), p.source()))
                .toList();
    }
}
