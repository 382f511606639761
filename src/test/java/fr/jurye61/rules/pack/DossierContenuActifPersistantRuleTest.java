package fr.jurye61.rules.pack;

import static fr.jurye61.rules.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Statut;
import fr.jurye61.rules.Fixtures;
import fr.jurye61.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DOSSIER-CONTENU-ACTIF-PERSISTANT: a file the sanitiser cannot clean stops that candidate, not the night. */
class DossierContenuActifPersistantRuleTest {
    private final RuleEngine engine = RuleEngine.standard();

    private static Fixtures.Dossier wouldBeInterviewed() {
        return Fixtures.scolaire().stage("2026-05-04", "2026-07-24").depotDansLesDelais()
                .rapport(Fixtures.rapportConforme());
    }

    @Test
    void cleanFilesRaiseNothing() {
        Evaluation e = engine.evaluate(wouldBeInterviewed().grille(FileState.LISIBLE).build(), session(), List.of());
        assertThat(e.findings()).noneMatch(f -> f.regle().equals("DOSSIER-CONTENU-ACTIF-PERSISTANT"));
        assertThat(e.outcome().decision()).isEqualTo(Decision.INTERROGE);
    }

    @Test
    void aGridThatStaysActiveKeepsTheCandidateWaitingWithItsEvidence() {
        Evaluation e = engine.evaluate(wouldBeInterviewed().grilleActive("EmbeddedFiles").build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
        assertThat(e.outcome().constats()).containsExactly("DOSSIER-CONTENU-ACTIF-PERSISTANT");
        assertThat(e.findings()).filteredOn(f -> f.regle().equals("DOSSIER-CONTENU-ACTIF-PERSISTANT")).singleElement()
                .satisfies(f -> {
                    assertThat(f.gravite()).isEqualTo(Gravite.A_VERIFIER);
                    assertThat(f.preuve()).contains("grilles/grilles.csv", "grilles/P01-", "garde EmbeddedFiles");
                    assertThat(f.message()).contains("n'est pas remis à la commission", "nouveau fichier");
                });
    }

    @Test
    void aReportThatStaysActiveKeepsTheCandidateWaiting() {
        Evaluation e = engine.evaluate(Fixtures.scolaire().stage("2026-05-04", "2026-07-24").depotDansLesDelais()
                .rapport(Fixtures.rapportConforme().withLeftAfterCleaning(List.of("JavaScript")))
                .grille(FileState.LISIBLE).build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
        assertThat(e.findings()).filteredOn(f -> f.regle().equals("DOSSIER-CONTENU-ACTIF-PERSISTANT")).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("rapports/P01/", "garde JavaScript"));
    }

    @Test
    void theLatestGridCountsAndAnOlderCleanOneIsNoFallback() {
        // a corrected grid supersedes the first: if it cannot be cleaned, the superseded one must not go in
        Evaluation e = engine.evaluate(wouldBeInterviewed().grille(FileState.LISIBLE).grilleActive("XFA").build(),
                session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
        assertThat(e.outcome().constats()).containsExactly("DOSSIER-CONTENU-ACTIF-PERSISTANT");
    }

    @Test
    void liftingTheFindingCannotPutTheFileIntoThePack() {
        Ruling lifted = new Ruling("P01", "DOSSIER-CONTENU-ACTIF-PERSISTANT", RulingDecision.LEVE, "Service",
                "vu", null, new SourceRef("decisions/d.csv", 2));
        Evaluation e = engine.evaluate(wouldBeInterviewed().grilleActive("EmbeddedFiles").build(), session(),
                List.of(lifted));
        assertThat(e.findings()).filteredOn(f -> f.regle().equals("DOSSIER-CONTENU-ACTIF-PERSISTANT"))
                .singleElement().satisfies(f -> assertThat(f.statut()).isEqualTo(Statut.LEVE));
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
    }

    @Test
    void notAskedOfCandidatesWhoWouldNotBeInterviewed() {
        Evaluation e = engine.evaluate(Fixtures.scolaire().depotDansLesDelais().grilleActive("EmbeddedFiles").build(),
                session(), List.of());
        assertThat(e.findings()).noneMatch(f -> f.regle().equals("DOSSIER-CONTENU-ACTIF-PERSISTANT"));
    }
}
