package fr.jurye61.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import fr.jurye61.SessionFixture;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.io.db.StateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The eligibility step on a small session with real PDF files: decisions.csv and constats.csv
 * against golden files, checks and notices stored with the run.
 */
class EligibilityStepFunctionalTest extends NightlyJobTestSupport {
    @Autowired
    NightlyRunner runner;
    @Autowired
    StateStore store;

    @TempDir
    Path work;

    static SessionFixture session(Path root) throws Exception {
        return new SessionFixture(root)
                .file("session.properties", SessionFixture.SESSION)
                .file("commissions.csv", "code_commission;libelle\nC01;Commission 1\n")
                .file("inscriptions/a.csv", """
                        numero_candidat;nom;prenom;voie;statut_fc;voie_distance;redoublant;contrat_particulier;commission
                        E01;Martin;Lucas;scolaire;;;non;;C01
                        E02;=Bernard;Emma;scolaire;;;non;;C01
                        E03;Petit;Léa;distance;;scolaire;non;;C01
                        E04;Durand;Paul;apprentissage;;;non;;C01
                        E05;Noël;Zoé;formation_continue;reconversion;;non;oui;C01
                        E06;Robert;Louis;scolaire;;;non;;C09
                        E07;Simon;Inès;experience_pro;;;non;;C01
                        """)
                .file("pieces/pieces.csv", """
                        numero_candidat;type;emetteur;emetteur_type;date_debut;date_fin;quotite;domaine_metrologie;reference;fichier
                        E01;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;;;CONV-1;scans/E01.pdf
                        E03;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-03;;;CONV-3;scans/E03.pdf
                        E03;decision_reduction;Lycée;etablissement;;;;;X-1;
                        E04;contrat_apprentissage;Labo;employeur;2025-09-01;2027-08-31;;;;scans/E04.html.pdf
                        E05;certificat_travail;Labo;employeur;2025-09-01;2027-06-30;100;oui;;scans/E05.pdf
                        E06;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;;;CONV-6;
                        E07;certificat_travail;Labo;employeur;2025-01-01;2026-12-31;100;oui;;
                        E07;certificat_travail;Boulangerie;employeur;2019-01-01;2019-12-31;100;non;;
                        """)
                .pdf("pieces/scans/E01.pdf", "Attestation de stage E01")
                .pdf("pieces/scans/E03.pdf", "Attestation de stage E03")
                .file("pieces/scans/E04.html.pdf", "<html>502</html>")
                .pdf("pieces/scans/E05.pdf", "Certificat de travail E05")
                .file("rapports/depots.csv", """
                        numero_candidat;fichier;depose_le;vise_structure;origine
                        E01;E01.pdf;2027-05-02T10:15:00+02:00;oui;nouveau
                        E02;E02.pdf;13/05/2027 00:30;oui;nouveau
                        E03;E03.pdf;2027-05-02T10:15:00+02:00;non;nouveau
                        E04;E04.pdf;2027-05-02T10:15:00+02:00;oui;nouveau
                        E05;E05.pdf;2027-05-02T10:15:00+02:00;oui;nouveau
                        E06;E06.pdf;2027-05-02T10:15:00+02:00;oui;session_precedente
                        E07;E07.pdf;2027-05-02T10:15:00+02:00;oui;nouveau
                        """)
                .report("rapports/E01.pdf", "E01").report("rapports/E02.pdf", "E02").report("rapports/E03.pdf", "E03")
                .report("rapports/E04.pdf", "E04").report("rapports/E05.pdf", "E05").report("rapports/E06.pdf", "E06")
                .report("rapports/E07.pdf", "E07")
                .file("grilles/grilles.csv", "numero_candidat;fichier\nE01;E01.pdf\nE02;E02.pdf\n")
                .pdf("grilles/E01.pdf", "Grille E01")
                .file("decisions/d.csv", """
                        numero_candidat;regle;decision;auteur;justification
                        E02;RAPPORT-HORS-DELAI;leve;DEC;Panne de la plateforme le 12/05
                        E03;RAPPORT-VISA-ABSENT;confirme;DEC;Aucun visa produit
                        E01;RAPPORT-QSSE;confirme;DEC;Rien à confirmer
                        """);
    }

    private static List<String> lines(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return List.of(text.substring(1).split("\r\n"));
    }

    /** The expected lines; with -Dgolden.update=true, the actual output becomes the golden file (review the diff). */
    private static List<String> golden(String name, Path actual) throws Exception {
        Path golden = Path.of("src/test/resources/golden/eligibility", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, lines(actual), StandardCharsets.UTF_8);
        }
        return Files.readAllLines(golden, StandardCharsets.UTF_8);
    }

    @Test
    void decidesEveryCandidateAndTracesEachFinding() throws Exception {
        // given a small session covering the paths, rulings and unreadable pieces
        Path input = session(work.resolve("input")).root();
        Path output = work.resolve("out");

        // when the nightly job runs
        JobExecution execution = runner.run(input, output, work.resolve("etat")).execution();

        // then decisions.csv and constats.csv are exactly the golden files
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertLinesMatch(golden("decisions.csv", output.resolve("decisions.csv")), lines(output.resolve("decisions.csv")));
        assertLinesMatch(golden("constats.csv", output.resolve("constats.csv")), lines(output.resolve("constats.csv")));

        // and the state keeps every check, passed ones too, and the ruling that matched nothing
        long runId = execution.getJobInstance().getInstanceId();
        assertThat(store.evaluations().checks(runId, "E01")).filteredOn(c -> c.resultat() == CheckResult.RESPECTEE)
                .extracting(c -> c.regle()).contains("STAGE-ATTESTATION-ABSENTE", "STAGE-DUREE-INSUFFISANTE",
                        "DOSSIER-GRILLE-ABSENTE");
        assertThat(store.notices(runId)).filteredOn(n -> n.code().equals("DECISION_SANS_CONSTAT")).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("RAPPORT-QSSE").contains("E01"));
    }
}
