package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** INSCRIPTION-COMMISSION-INCONNUE (§2.1.4): the registration names a commission that does not exist. */
public final class InscriptionCommissionInconnueRule extends AbstractRule {
    public InscriptionCommissionInconnueRule() {
        super("INSCRIPTION-COMMISSION-INCONNUE");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (file.commissionKnown()) {
            return List.of();
        }
        String code = file.candidate().commission();
        return fire(file, Evidence.where(file.candidate().source()) + " : commission = " + code
                + ", absente de " + InputLayout.COMMISSIONS, Map.of("commission", code), file.candidate().source());
    }
}
