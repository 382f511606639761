package fr.jurye61.rules;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.domain.SessionParameters;
import java.util.List;

/**
 * One rule of rules.md: pure, it reads a candidate's file and the session parameters and
 * returns its findings (none when the check passes). It does no I/O and no formatting.
 */
public interface Rule {
    RuleDefinition definition();

    /** Whether the rule concerns this candidate at all (path, status, preconditions). */
    boolean appliesTo(CandidateFile file, SessionParameters session);

    /** Findings when the rule fires; empty when the check passes. Only called when it applies. */
    List<Finding> check(CandidateFile file, SessionParameters session);
}
