package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class DecisionNonRectoraleRuleTest {
    private final DecisionNonRectoraleRule rule = new DecisionNonRectoraleRule();

    @Test
    void firesForEachDecisionNotIssuedByTheRector() {
        CandidateFile file = Fixtures.scolaire()
                .decisionPar(PieceType.DECISION_REDUCTION, EmetteurType.ETABLISSEMENT)
                .decisionPar(PieceType.AUTORISATION_FORCE_MAJEURE, EmetteurType.STRUCTURE_ACCUEIL).build();
        assertThat(run(rule, file, session())).hasSize(2)
                .allSatisfy(f -> assertThat(f.gravite().name()).isEqualTo("A_VERIFIER"));
    }

    @Test
    void silentForTheRectorsDecisionsAndOtherDocuments() {
        CandidateFile file = Fixtures.scolaire().recteur(PieceType.DISPENSE).stage("2026-05-04", "2026-07-24").build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
