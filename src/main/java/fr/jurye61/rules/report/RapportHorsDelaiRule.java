package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * RAPPORT-HORS-DELAI (§4): every deposit is after the deadline. Blocking although §4 says
 * non-conformity « peut être prononcée »: the authority keeps its say through a « leve » ruling.
 */
public final class RapportHorsDelaiRule extends AbstractRule {
    public RapportHorsDelaiRule() {
        super("RAPPORT-HORS-DELAI");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return !file.deposits().isEmpty();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (file.countedDeposit(session).isPresent()) {
            return List.of();
        }
        List<Deposit> late = Deposits.late(file.deposits(), session.dateLimiteDepot().toInstant());
        String when = late.stream().map(d -> Evidence.where(d.source()) + " : déposé le " + Dates.paris(d.deposeLe()))
                .collect(Collectors.joining(" ; "));
        return fire(file, when + " > date_limite_depot = " + session.dateLimiteDepot(),
                Map.of("date_limite", Dates.paris(session.dateLimiteDepot().toInstant())), late.get(0).source());
    }
}
