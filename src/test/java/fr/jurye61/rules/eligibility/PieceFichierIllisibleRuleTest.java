package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Finding;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class PieceFichierIllisibleRuleTest {
    private final PieceFichierIllisibleRule rule = new PieceFichierIllisibleRule();

    @Test
    void firesForEachUnreadableFile() {
        CandidateFile file = Fixtures.scolaire().stageIllisible("2026-05-04", "2026-07-24", FileState.MANQUANT)
                .stageIllisible("2026-05-04", "2026-07-24", FileState.CHIFFRE).build();
        assertThat(run(rule, file, session())).extracting(Finding::message)
                .containsExactly("Pièce « attestation_stage » inutilisable (fichier absent) : elle est ignorée.",
                        "Pièce « attestation_stage » inutilisable (protégé par un mot de passe d'ouverture) : elle est ignorée.");
    }

    @Test
    void silentForReadableFilesAndRowsWithoutFile() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-24")
                .stageIllisible("2026-05-04", "2026-07-24", FileState.NON_FOURNI).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
