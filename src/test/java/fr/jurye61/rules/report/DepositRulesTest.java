package fr.jurye61.rules.report;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Origine;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The deposit rules of §4: which deposit counts, and the deadline (2027-05-12T23:59:59+02:00). */
class DepositRulesTest {

    @Nested
    class RapportAbsent {
        private final RapportAbsentRule rule = new RapportAbsentRule();

        @Test
        void firesWithoutDeposit() {
            assertThat(run(rule, Fixtures.scolaire().build(), session())).hasSize(1);
        }

        @Test
        void passesWithALateDepositToo() {
            assertThat(verdict(rule, Fixtures.scolaire().depot("2027-05-20T10:00:00Z", true, Origine.NOUVEAU).build(),
                    session())).isEqualTo(CheckResult.RESPECTEE);
        }
    }

    @Nested
    class RapportHorsDelai {
        private final RapportHorsDelaiRule rule = new RapportHorsDelaiRule();

        @Test
        void aDepositAtTheDeadlineSecondIsOnTime() {
            assertThat(verdict(rule, Fixtures.scolaire().depot("2027-05-12T21:59:59Z", true, Origine.NOUVEAU).build(),
                    session())).isEqualTo(CheckResult.RESPECTEE);
        }

        @Test
        void oneSecondLaterIsLate() {
            assertThat(run(rule, Fixtures.scolaire().depot("2027-05-12T22:00:00Z", true, Origine.NOUVEAU).build(),
                    session())).singleElement().satisfies(f -> assertThat(f.preuve())
                    .contains("13/05/2027 00:00:00 (heure de Paris)").contains("date_limite_depot"));
        }

        @Test
        void oneMillisecondLaterIsLateAndTheEvidenceShowsIt() {
            assertThat(run(rule, Fixtures.scolaire().depot("2027-05-12T21:59:59.001Z", true, Origine.NOUVEAU).build(),
                    session())).singleElement().satisfies(f -> {
                        assertThat(f.preuve()).contains("déposé le 12/05/2027 23:59:59,001 (heure de Paris)");
                        assertThat(f.message()).contains("12/05/2027 23:59:59 (heure de Paris)");
                    });
        }

        @Test
        void notWhenOneDepositIsOnTime() {
            CandidateFile file = Fixtures.scolaire().depotDansLesDelais()
                    .depot("2027-05-20T10:00:00Z", true, Origine.NOUVEAU).build();
            assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
        }
    }

    @Nested
    class RapportDepotUlterieurIgnore {
        private final RapportDepotUlterieurIgnoreRule rule = new RapportDepotUlterieurIgnoreRule();

        @Test
        void recordsALateDepositBesideAnOnTimeOne() {
            CandidateFile file = Fixtures.scolaire().depot("2027-05-10T07:00:00Z", true, Origine.NOUVEAU)
                    .depot("2027-05-12T22:30:00Z", true, Origine.NOUVEAU).build();
            assertThat(run(rule, file, session())).singleElement().satisfies(f -> assertThat(f.preuve())
                    .contains("après la date limite").contains("retenu : P01/r2.pdf"));
        }

        @Test
        void silentWithOnlyOnTimeDeposits() {
            CandidateFile file = Fixtures.scolaire().depot("2027-05-02T07:00:00Z", true, Origine.NOUVEAU)
                    .depot("2027-05-10T07:00:00Z", true, Origine.NOUVEAU).build();
            assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
        }
    }

    @Nested
    class RapportVisaAbsent {
        private final RapportVisaAbsentRule rule = new RapportVisaAbsentRule();

        @Test
        void readsTheCountedDepositOnly() {
            // the on-time deposit has no visa; a later one with a visa does not replace it
            CandidateFile file = Fixtures.scolaire().depot("2027-05-10T07:00:00Z", false, Origine.NOUVEAU)
                    .depot("2027-05-20T07:00:00Z", true, Origine.NOUVEAU).build();
            assertThat(run(rule, file, session())).hasSize(1);
        }

        @Test
        void theLatestOnTimeDepositCounts() {
            CandidateFile file = Fixtures.scolaire().depot("2027-05-02T07:00:00Z", false, Origine.NOUVEAU)
                    .depot("2027-05-10T07:00:00Z", true, Origine.NOUVEAU).build();
            assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
        }
    }
}
