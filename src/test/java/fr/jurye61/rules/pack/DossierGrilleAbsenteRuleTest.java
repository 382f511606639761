package fr.jurye61.rules.pack;

import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Gravite;
import fr.jurye61.rules.Fixtures;
import fr.jurye61.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOSSIER-GRILLE-ABSENTE (§2.1.4): a candidate who would be interviewed needs a readable grid in the pack. */
class DossierGrilleAbsenteRuleTest {
    private final RuleEngine engine = RuleEngine.standard();
    private final DossierGrilleAbsenteRule rule = new DossierGrilleAbsenteRule();

    private static Fixtures.Dossier wouldBeInterviewed() {
        return Fixtures.scolaire().stage("2026-05-04", "2026-07-24").depotDansLesDelais()
                .rapport(Fixtures.rapportConforme());
    }

    @Test
    void aReadableGridIsRespected() {
        // given a candidate with everything, grid included
        var file = wouldBeInterviewed().grille(FileState.LISIBLE).build();
        // then the rule is respected and the candidate interviewed
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(engine.evaluate(file, session(), List.of()).outcome().decision()).isEqualTo(Decision.INTERROGE);
    }

    @Test
    void noGridRowKeepsTheCandidateWaitingAndSaysWhereItLooked() {
        Evaluation e = engine.evaluate(wouldBeInterviewed().build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
        assertThat(e.outcome().constats()).containsExactly("DOSSIER-GRILLE-ABSENTE");
        assertThat(e.findings()).filteredOn(f -> f.regle().equals("DOSSIER-GRILLE-ABSENTE")).singleElement()
                .satisfies(f -> {
                    assertThat(f.gravite()).isEqualTo(Gravite.A_VERIFIER);
                    assertThat(f.clause()).isEqualTo("§2.1.4");
                    assertThat(f.preuve()).isEqualTo("aucune ligne pour P01 dans grilles/grilles.csv");
                    assertThat(f.source().fichier()).isEqualTo("inscriptions/a.csv");
                });
    }

    @Test
    void anUnreadableGridIsNamedWithItsLineAndState() {
        Evaluation e = engine.evaluate(wouldBeInterviewed().grille(FileState.CHIFFRE).build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
        assertThat(e.findings()).filteredOn(f -> f.regle().equals("DOSSIER-GRILLE-ABSENTE")).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("grilles/grilles.csv", "grilles/P01.pdf",
                        FileState.CHIFFRE.libelle()));
    }

    @Test
    void oneUsableGridAmongUnreadableOnesIsEnough() {
        var file = wouldBeInterviewed().grille(FileState.ENDOMMAGE).grille(FileState.LISIBLE).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void aCandidateWhoWouldNotBeInterviewedIsNotAskedForAGrid() {
        // no internship certificate: not admitted, whatever the grid
        Evaluation e = engine.evaluate(Fixtures.scolaire().depotDansLesDelais().rapport(Fixtures.rapportConforme())
                .build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.NON_ADMIS);
        assertThat(e.findings()).noneMatch(f -> f.regle().equals("DOSSIER-GRILLE-ABSENTE"));
        assertThat(e.checks()).filteredOn(c -> c.regle().equals("DOSSIER-GRILLE-ABSENTE")).singleElement()
                .satisfies(c -> assertThat(c.resultat()).isEqualTo(CheckResult.NON_APPLICABLE));
    }
}
