package fr.jurye61.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.OutputLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;

/** courriers/ over two nights: who is asked for what, a request's first date kept, a settled one closed. */
class LettersFunctionalTest extends NightlyJobTestSupport {
    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;

    @TempDir
    Path work;

    private static final String HEADER = "numero_candidat;nom;prenom;voie;etablissement;commission\n";

    private SessionFixture session() throws Exception {
        return new SessionFixture(work.resolve("input"))
                .file("session.properties", SessionFixture.SESSION + "delai_regularisation_jours=10\n")
                .file("commissions.csv", "code_commission;libelle\nC01;Commission 1\n")
                .file("inscriptions/a.csv", HEADER + "L01;Martin;Noël;scolaire;Lycée Ampère;C01\n"
                        + "L02;Durand;Lou;scolaire;Lycée Branly;C01\nL03;Petit;Zoé;scolaire;Lycée Branly;C01\n")
                .file("pieces/pieces.csv", "numero_candidat;type;emetteur;emetteur_type;date_debut;date_fin;reference;fichier\n"
                        + "L02;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;C2;scans/L02.pdf\n"
                        + "L03;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;C3;scans/L03.pdf\n")
                .pdf("pieces/scans/L02.pdf", "Attestation L02")
                .pdf("pieces/scans/L03.pdf", "Attestation L03")
                .file("rapports/depots.csv", "numero_candidat;fichier;depose_le;vise_structure\n"
                        + "L01;L01.pdf;2027-05-02T10:00:00+02:00;non\nL02;L02.pdf;2027-05-02T10:00:00+02:00;oui\n"
                        + "L03;L03.pdf;2027-05-02T10:00:00+02:00;oui\n")
                .report("rapports/L01.pdf", "L01").report("rapports/L02.pdf", "L02").report("rapports/L03.pdf", "L03")
                .file("grilles/grilles.csv", "numero_candidat;fichier;date\nL01;L01.pdf;2027-04-20\nL03;L03.pdf;2027-04-20\n")
                .pdf("grilles/L01.pdf", "Grille L01").pdf("grilles/L03.pdf", "Grille L03");
    }

    /** The night's status (a method returning JobExecution would be taken by @SpringBatchTest for a factory). */
    private BatchStatus night(Path input, String launch) throws Exception {
        return jobOperatorTestUtils.startJob(new JobParametersBuilder()
                .addString(RunContext.INPUT, input.toString())
                .addString(RunContext.OUTPUT, work.resolve("out").toString())
                .addString(RunContext.STATE, work.resolve("etat").toString())
                .addString(RunContext.LAUNCH, launch)
                .toJobParameters()).getStatus();
    }

    @Test
    void aRequestKeepsItsFirstDateUntilSettledAndASettledCandidateGetsNoLetter() throws Exception {
        // given L01 without an attestation and with no visa, L02 without a grid, L03 complete
        Path input = session().root();
        Path courriers = work.resolve("out").resolve(OutputLayout.COURRIERS);

        // when the first night runs (20 May, Paris time)
        assertThat(night(input, "2027-05-19T23:30:00Z")).isEqualTo(BatchStatus.COMPLETED);

        // then one letter file per school with a candidate to ask, and the follow-up lists each request
        assertThat(names(courriers)).containsExactly("lycee-ampere.pdf", "lycee-branly.pdf", "suivi.csv");
        assertThat(suivi(courriers)).containsExactly(
                "Lycée Ampère;L01;Martin;Noël;RAPPORT-VISA-ABSENT;votre rapport visé par la structure d'accueil;"
                        + "2027-05-20;2027-05-30;oui;courriers/lycee-ampere.pdf",
                "Lycée Ampère;L01;Martin;Noël;STAGE-ATTESTATION-ABSENTE;" + attestation() + ";2027-05-20;2027-05-30;oui;"
                        + "courriers/lycee-ampere.pdf",
                "Lycée Branly;L02;Durand;Lou;DOSSIER-GRILLE-ABSENTE;" + grid() + ";2027-05-20;2027-05-30;oui;"
                        + "courriers/lycee-branly.pdf");
        assertThat(text(courriers.resolve("lycee-branly.pdf"))).contains("Lou Durand - candidat n° L02")
                .doesNotContain("L03");

        // when L01 sends the attestation and the school L02's grid, and a night runs two days later
        Files.writeString(input.resolve("pieces/pieces.csv"),
                "L01;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;C1;scans/L01.pdf\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.copy(input.resolve("pieces/scans/L02.pdf"), input.resolve("pieces/scans/L01.pdf"));
        Files.writeString(input.resolve("grilles/grilles.csv"), "L02;L01.pdf;2027-04-20\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(night(input, "2027-05-21T23:30:00Z")).isEqualTo(BatchStatus.COMPLETED);

        // then the visa is asked again from its first date, the attestation and the grid are closed,
        // and the school with nobody left to ask gets no letter
        assertThat(names(courriers)).containsExactly("lycee-ampere.pdf", "suivi.csv");
        assertThat(suivi(courriers)).containsExactly(
                "Lycée Ampère;L01;Martin;Noël;RAPPORT-VISA-ABSENT;votre rapport visé par la structure d'accueil;"
                        + "2027-05-20;2027-05-30;oui;courriers/lycee-ampere.pdf",
                "Lycée Ampère;L01;Martin;Noël;STAGE-ATTESTATION-ABSENTE;" + attestation() + ";2027-05-20;2027-05-30;non;",
                "Lycée Branly;L02;Durand;Lou;DOSSIER-GRILLE-ABSENTE;" + grid() + ";2027-05-20;2027-05-30;non;");
        String letter = text(courriers.resolve("lycee-ampere.pdf"));
        assertThat(letter).contains("Le 22 mai 2027", "visé par la structure d'accueil", "30 mai 2027",
                "demandé pour la première fois le 20 mai 2027").doesNotContain("attestation de stage");
    }

    private static String attestation() {
        return fr.jurye61.rules.RuleCatalogue.get("STAGE-ATTESTATION-ABSENTE").request().asked();
    }

    private static String grid() {
        return fr.jurye61.rules.RuleCatalogue.get("DOSSIER-GRILLE-ABSENTE").request().asked();
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> suivi(Path courriers) throws Exception {
        List<String> lines = Files.readString(courriers.resolve("suivi.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFetablissement;numero_candidat;nom;prenom;regle;demande;premiere_demande;"
                + "echeance;en_cours;courrier");
        return lines.subList(1, lines.size());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
