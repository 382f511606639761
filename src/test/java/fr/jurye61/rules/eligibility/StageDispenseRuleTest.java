package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageDispenseRuleTest {
    private final StageDispenseRule rule = new StageDispenseRule();

    @Test
    void firesOnARectoralDispensation() {
        // given a school candidate dispensed by the rector, with no stage
        CandidateFile file = Fixtures.scolaire().recteur(PieceType.DISPENSE).build();
        // when / then
        List<Finding> findings = run(rule, file, session());
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.preuve()).contains("dispense"));
    }

    @Test
    void ignoresADispensationNotIssuedByTheRector() {
        CandidateFile file = Fixtures.scolaire().decisionPar(PieceType.DISPENSE, EmetteurType.ETABLISSEMENT).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void ignoresAnUnreadableDispensation() {
        CandidateFile file = Fixtures.scolaire().piece(PieceType.DISPENSE, EmetteurType.RECTEUR, null, null, 100, true,
                "D", FileState.CHIFFRE).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
