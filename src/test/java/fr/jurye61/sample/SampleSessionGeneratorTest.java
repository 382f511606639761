package fr.jurye61.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.io.csv.CsvTableReader;
import fr.jurye61.io.csv.CsvTable;
import fr.jurye61.io.csv.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic session: deterministic, complete, and built like real BTS reports. */
class SampleSessionGeneratorTest {
    @TempDir
    static Path work;
    static Path sample;

    @BeforeAll
    static void generate() throws IOException {
        sample = work.resolve("a");
        new SampleSessionGenerator(sample, 20, 3, 61).generate();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path again = work.resolve("b");
        new SampleSessionGenerator(again, 20, 3, 61).generate();
        assertThat(files(again)).isEqualTo(files(sample));
        for (Path file : files(sample)) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(sample.resolve(file)));
        }
    }

    @Test
    void refusesANonEmptyFolder() {
        assertThatThrownBy(() -> new SampleSessionGenerator(sample, 1, 1, 1).generate()).isInstanceOf(IOException.class);
    }

    @Test
    void coversEveryPathAndEveryDocumentType() throws IOException {
        String registrations = Files.readString(sample.resolve("inscriptions/lyon.csv"))
                + new String(Files.readAllBytes(sample.resolve("inscriptions/grenoble.csv")), TextDecoder.WINDOWS_1252);
        assertThat(registrations).contains("scolaire", "apprentissage", "formation_continue", "Formation continue",
                "premiere_formation", "reconversion", "perfectionnement", "distance", "experience_pro");
        String pieces = Files.readString(sample.resolve("pieces/pieces.csv"));
        assertThat(pieces).contains("attestation_stage", "contrat_apprentissage", "attestation_employeur",
                "prorogation_contrat", "certificat_travail", "decision_reduction", "dispense",
                "autorisation_force_majeure");
        CsvTable grenoble = CsvTableReader.read(sample.resolve("inscriptions/grenoble.csv"), "g");
        assertThat(grenoble.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
        assertThat(grenoble.delimiter()).isEqualTo(',');
    }

    @Test
    void everyManifestedFileExists() {
        for (String manifest : List.of("pieces/pieces.csv", "rapports/depots.csv", "grilles/grilles.csv")) {
            Path path = sample.resolve(manifest);
            CsvTable table = CsvTableReader.read(path, manifest);
            assertThat(table.rows()).isNotEmpty();
            table.rows().forEach(row -> assertThat(path.getParent().resolve(row.get("fichier"))).isRegularFile());
        }
    }

    @Test
    void aReportHasACoverAContentsPageTheRequiredSectionsAnnexesAndPageNumbers() throws IOException {
        try (PDDocument report = Loader.loadPDF(sample.resolve("rapports/E61-0001/rapport.pdf").toFile())) {
            int pages = report.getNumberOfPages();
            assertThat(pages).isBetween(15, 50);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(report)).contains("Rapport de stage", "E61-0001");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String contents = stripper.getText(report);
            assertThat(contents).contains("Sommaire", "....");
            stripper.setStartPage(3);
            stripper.setEndPage(pages);
            String body = stripper.getText(report).toLowerCase();
            assertThat(body).containsAnyOf("présentation de", "l'entreprise d'accueil");
            assertThat(body).containsAnyOf("juridique", "réglementaire");
            assertThat(body).contains("activité");
            assertThat(body).containsAnyOf("qsse", "démarche qualité", "qualité, sécurité");
            assertThat(body).containsAnyOf("conclusion", "bilan");
            assertThat(body).containsAnyOf("summary", "résumé en anglais");
            assertThat(body).contains("annexes", "page " + pages + " / " + pages);
        }
    }

    @Test
    void aGridListsTheE61Competences() throws IOException {
        try (PDDocument grid = Loader.loadPDF(sample.resolve("grilles/E61-0001.pdf").toFile())) {
            String text = new PDFTextStripper().getText(grid);
            for (String competence : List.of("C01", "C02-C03", "C04", "C05", "C06", "C10", "C14", "C16")) {
                assertThat(text).contains(competence);
            }
            assertThat(text).contains("Grille d'évaluation");
        }
    }
}
