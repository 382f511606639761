package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class StageForceMajeureRuleTest {
    private final StageForceMajeureRule rule = new StageForceMajeureRule();

    @Test
    void recordsAnAuthorisedPartialStage() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-10")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.gravite().name()).isEqualTo("INFO"));
    }

    @Test
    void silentAtFullDurationOrUnderTheFloor() {
        assertThat(verdict(rule, Fixtures.scolaire().stage("2026-05-04", "2026-07-24")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build(), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, Fixtures.scolaire().stage("2026-05-04", "2026-06-25")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void aReductionTakesPrecedence() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-10")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).recteur(PieceType.DECISION_REDUCTION).build();
        assertThat(rule.appliesTo(file, session())).isFalse();
    }
}
