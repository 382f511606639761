package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/**
 * FC-CONTRAT-PARTICULIER (§2.3.1): under a special work contract, the stage may be included in
 * the contract's training period; a person confirms. Replaces STAGE-ATTESTATION-ABSENTE and
 * STAGE-DUREE-INSUFFISANTE for that candidate.
 */
public final class FcContratParticulierRule extends AbstractRule {
    public FcContratParticulierRule() {
        super("FC-CONTRAT-PARTICULIER");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.FORMATION_CONTINUE
                && (file.candidate().statutFc() == StatutFc.PREMIERE_FORMATION
                || file.candidate().statutFc() == StatutFc.RECONVERSION)
                && file.candidate().contratParticulier();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        if (!facts.specialContract() || facts.dispense()) {
            return List.of();
        }
        List<Piece> work = file.usable(PieceType.CERTIFICAT_TRAVAIL);
        return fire(file, "contrat_particulier = oui ; stage attesté : " + Evidence.weeks(facts.weekdays()) + " < "
                + Evidence.parameter("duree_stage_semaines", session.dureeStageSemaines())
                + " ; certificats de travail : " + Evidence.periods(work), Map.of(), work.get(0).source());
    }
}
