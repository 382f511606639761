package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.CountedDepositRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** RAPPORT-VISA-ABSENT (§2.1.3: « visé par la structure d'accueil »): the counted deposit says no visa. */
public final class RapportVisaAbsentRule extends CountedDepositRule {
    public RapportVisaAbsentRule() {
        super("RAPPORT-VISA-ABSENT");
    }

    @Override
    protected List<Finding> check(CandidateFile file, SessionParameters session, Deposit counted) {
        if (counted.viseStructure()) {
            return List.of();
        }
        return fire(file, Evidence.where(counted.source()) + " : vise_structure = non", Map.of(), counted.source());
    }
}
