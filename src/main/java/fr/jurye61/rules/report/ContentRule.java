package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.rules.AbstractRule;

/**
 * A rule on the content of the report that counts: it runs when that report could be read and
 * has a text layer (otherwise RAPPORT-ILLISIBLE or RAPPORT-SANS-TEXTE says why it cannot).
 */
abstract class ContentRule extends AbstractRule {
    protected ContentRule(String id) {
        super(id);
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.report() != null && file.report().analysable();
    }

    protected static ReportAnalysis report(CandidateFile file) {
        return file.report();
    }

    /** Where the report came from: its deposit row, or nothing when checked alone (check-report). */
    protected static SourceRef source(CandidateFile file, SessionParameters session) {
        return counted(file, session).map(Deposit::source).orElse(null);
    }

    protected static String fileName(CandidateFile file, SessionParameters session) {
        return counted(file, session).map(d -> InputLayout.report(d.fichier()) + " : ").orElse("");
    }

    /** check-report has no deposit, and no session calendar to compare one with. */
    private static java.util.Optional<Deposit> counted(CandidateFile file, SessionParameters session) {
        return file.deposits().isEmpty() ? java.util.Optional.empty() : file.countedDeposit(session);
    }
}
