package fr.jurye61.rules;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import java.util.List;

/** A rule on the deposit that counts (the latest at or before the deadline): it applies when there is one. */
public abstract class CountedDepositRule extends AbstractRule {
    protected CountedDepositRule(String id) {
        super(id);
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.countedDeposit(session).isPresent();
    }

    @Override
    public final List<Finding> check(CandidateFile file, SessionParameters session) {
        return check(file, session, file.countedDeposit(session).orElseThrow());
    }

    protected abstract List<Finding> check(CandidateFile file, SessionParameters session, Deposit counted);
}
