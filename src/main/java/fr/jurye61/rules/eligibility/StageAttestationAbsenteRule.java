package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import java.util.List;
import java.util.Map;

/** STAGE-ATTESTATION-ABSENTE (§2.1.2, §4): no readable stage certificate, dispensation or force majeure. */
public final class StageAttestationAbsenteRule extends AbstractRule {
    public StageAttestationAbsenteRule() {
        super("STAGE-ATTESTATION-ABSENTE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return StageFacts.of(file, session).stagePath();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        if (!facts.attestationMissing() || facts.specialContract()) {
            return List.of();
        }
        return fire(file, "aucune attestation_stage lisible parmi les pièces acceptées de " + file.numero()
                + " ; ni dispense ni autorisation de force majeure rectorale", Map.of(), file.candidate().source());
    }
}
