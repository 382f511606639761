package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.CountedDepositRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** RAPPORT-DEPOT-ULTERIEUR-IGNORE (§4): a late deposit never replaces the one made in time. */
public final class RapportDepotUlterieurIgnoreRule extends CountedDepositRule {
    public RapportDepotUlterieurIgnoreRule() {
        super("RAPPORT-DEPOT-ULTERIEUR-IGNORE");
    }

    @Override
    protected List<Finding> check(CandidateFile file, SessionParameters session, Deposit counted) {
        return Deposits.late(file.deposits(), session.dateLimiteDepot().toInstant()).stream()
                .map(d -> finding(file, Evidence.where(d.source()) + " : " + d.fichier() + " déposé le "
                        + Dates.paris(d.deposeLe()) + ", après la date limite ; retenu : " + counted.fichier() + " ("
                        + Evidence.where(counted.source()) + ")", Map.of(), d.source()))
                .toList();
    }
}
