package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import java.util.List;
import java.util.Map;

/** APPRENTI-CONTRAT-ABSENT (§2.2): an apprentice needs the contract or the employer's attestation. */
public final class ApprentiContratAbsentRule extends AbstractRule {
    public ApprentiContratAbsentRule() {
        super("APPRENTI-CONTRAT-ABSENT");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.APPRENTISSAGE;
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (!file.usable(PieceType.CONTRAT_APPRENTISSAGE).isEmpty()
                || !file.usable(PieceType.ATTESTATION_EMPLOYEUR).isEmpty()) {
            return List.of();
        }
        return fire(file, "aucun contrat_apprentissage ni attestation_employeur lisible pour " + file.numero(),
                Map.of(), file.candidate().source());
    }
}
