package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Origine;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class RedoublantNouveauStageRuleTest {
    private final RedoublantNouveauStageRule rule = new RedoublantNouveauStageRule();

    @Test
    void firesWhenTheOnlyStageEndedBeforeThePreviousExam() {
        CandidateFile file = Fixtures.scolaire().redoublant().stage("2025-05-05", "2025-07-25")
                .depot("2027-05-02T08:15:00Z", true, Origine.NOUVEAU).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("2026-06-09"));
    }

    @Test
    void passesWithAStageEndingAfterThePreviousExam() {
        CandidateFile file = Fixtures.scolaire().redoublant().stage("2026-05-04", "2026-07-24")
                .depot("2027-05-02T08:15:00Z", true, Origine.NOUVEAU).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void notForLastSessionsReportNorForNonRepeaters() {
        assertThat(rule.appliesTo(Fixtures.scolaire().redoublant().stage("2025-05-05", "2025-07-25")
                .depot("2027-05-02T08:15:00Z", true, Origine.SESSION_PRECEDENTE).build(), session())).isFalse();
        assertThat(rule.appliesTo(Fixtures.scolaire().stage("2025-05-05", "2025-07-25")
                .depot("2027-05-02T08:15:00Z", true, Origine.NOUVEAU).build(), session())).isFalse();
    }
}
