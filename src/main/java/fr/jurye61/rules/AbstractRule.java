package fr.jurye61.rules;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.SourceRef;
import java.util.List;
import java.util.Map;

/** A rule bound to its catalogue entry. */
public abstract class AbstractRule implements Rule {
    private final RuleDefinition definition;

    protected AbstractRule(String id) {
        this.definition = RuleCatalogue.get(id);
    }

    @Override
    public RuleDefinition definition() {
        return definition;
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return true;
    }

    protected List<Finding> fire(CandidateFile file, String preuve, Map<String, String> values, SourceRef source) {
        return List.of(definition.finding(file.numero(), preuve, values, source));
    }

    protected Finding finding(CandidateFile file, String preuve, Map<String, String> values, SourceRef source) {
        return definition.finding(file.numero(), preuve, values, source);
    }
}
