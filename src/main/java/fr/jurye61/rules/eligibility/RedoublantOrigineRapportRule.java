package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.CountedDepositRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** REDOUBLANT-ORIGINE-RAPPORT (§5): only a repeater may present last session's report, modified or not. */
public final class RedoublantOrigineRapportRule extends CountedDepositRule {
    public RedoublantOrigineRapportRule() {
        super("REDOUBLANT-ORIGINE-RAPPORT");
    }

    @Override
    protected List<Finding> check(CandidateFile file, SessionParameters session, Deposit deposit) {
        if (deposit.origine() == Origine.NOUVEAU || file.candidate().redoublant()) {
            return List.of();
        }
        String origine = EnumText.code(deposit.origine());
        return fire(file, Evidence.where(deposit.source()) + " : origine = " + origine + " ; "
                + Evidence.where(file.candidate().source()) + " : redoublant = non",
                Map.of("origine", origine), deposit.source());
    }
}
