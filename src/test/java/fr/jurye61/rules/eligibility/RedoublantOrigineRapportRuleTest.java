package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Origine;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class RedoublantOrigineRapportRuleTest {
    private final RedoublantOrigineRapportRule rule = new RedoublantOrigineRapportRule();

    @Test
    void firesWhenANonRepeaterPresentsAnOldOrModifiedReport() {
        assertThat(run(rule, Fixtures.scolaire().depot("2027-05-02T08:15:00Z", true, Origine.SESSION_PRECEDENTE).build(),
                session())).singleElement().satisfies(f -> assertThat(f.message()).contains("session_precedente"));
        assertThat(run(rule, Fixtures.scolaire().depot("2027-05-02T08:15:00Z", true, Origine.MODIFIE).build(),
                session())).hasSize(1);
    }

    @Test
    void passesForARepeaterOrANewReport() {
        assertThat(verdict(rule, Fixtures.scolaire().redoublant()
                .depot("2027-05-02T08:15:00Z", true, Origine.SESSION_PRECEDENTE).build(), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, Fixtures.scolaire().depotDansLesDelais().build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
