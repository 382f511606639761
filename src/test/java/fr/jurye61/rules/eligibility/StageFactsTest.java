package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** The stage facts are computed once per candidate, whatever the number of stage rules asking. */
class StageFactsTest {

    @Test
    void theRulesOfOneCandidateShareOneComputationAndTheNextCandidateGetsItsOwn() {
        SessionParameters session = session();
        CandidateFile first = Fixtures.scolaire().stage("2026-05-04", "2026-07-24").build();
        CandidateFile second = Fixtures.scolaire().stage("2026-05-04", "2026-06-05").build();
        StageFacts facts = StageFacts.of(first, session);
        assertThat(StageFacts.of(first, session)).isSameAs(facts);
        StageFacts other = StageFacts.of(second, session);
        assertThat(other).isNotSameAs(facts);
        assertThat(other.weekdays()).isLessThan(facts.weekdays());
        // an equal but distinct file is a new candidate: computed again, to the same facts
        CandidateFile again = Fixtures.scolaire().stage("2026-05-04", "2026-07-24").build();
        assertThat(StageFacts.of(again, session)).isNotSameAs(facts).isEqualTo(facts);
    }
}
