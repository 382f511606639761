package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.FileState;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.sample.SampleDocuments.ReportPlan;
import fr.jurye61.sample.SampleDocuments.Section;
import fr.jurye61.sample.SampleDocuments.Style;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyser on reports built by the test: sections by page, traps, damaged and hostile files. */
class ReportAnalyserTest {
    @TempDir
    Path dir;

    private static List<String> spans(ReportAnalysis a) {
        return a.sections().stream().map(s -> s.type() + " " + s.pageDebut() + "-" + s.pageFin()).toList();
    }

    @Test
    void findsEverySectionInTheBodyNotInTheTableOfContents() throws IOException {
        // given a standard report whose contents page (p. 2) lists every heading with dot leaders
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "r.pdf", ReportFixtures.standard()));
        // then sections start where their headings are in the body
        assertThat(a.readable()).isTrue();
        assertThat(a.pages()).isEqualTo(18);
        assertThat(spans(a)).containsExactly("ENTREPRISE 3-4", "JURIDIQUE 5-7", "ACTIVITE 8-10", "ACTIVITE 11-12",
                "QSSE 13-14", "CONCLUSION 15-15", "RESUME_ANGLAIS 16-16", "ANNEXES 17-18");
        assertThat(a.annexStart()).isEqualTo(17);
        assertThat(a.pagesBeforeAnnexes()).isEqualTo(16);
        assertThat(a.activities()).isEqualTo(2);
        assertThat(a.summaryLanguage()).isEqualTo("en");
        assertThat(a.summaryWords()).isBetween(195, 230);
        assertThat(a.outlineUsed()).isFalse();
        assertThat(a.activeContent()).isEmpty();
        assertThat(a.sha256()).hasSize(64);
    }

    @Test
    void runningHeadersThatNameTheSectionAreNotHeadings() throws IOException {
        ReportPlan plan = ReportFixtures.standard().with(new Style(true, true, true, true));
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "h.pdf", plan));
        assertThat(spans(a)).containsExactly("ENTREPRISE 3-4", "JURIDIQUE 5-7", "ACTIVITE 8-10", "ACTIVITE 11-12",
                "QSSE 13-14", "CONCLUSION 15-15", "RESUME_ANGLAIS 16-16", "ANNEXES 17-18");
    }

    @Test
    void plainHeadingsWithoutContentsPageOrPageNumbers() throws IOException {
        ReportPlan plan = ReportFixtures.standard().with(new Style(false, false, false, false));
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "p.pdf", plan));
        assertThat(spans(a)).containsExactly("ENTREPRISE 2-3", "JURIDIQUE 4-6", "ACTIVITE 7-9", "ACTIVITE 10-11",
                "QSSE 12-13", "CONCLUSION 14-14", "RESUME_ANGLAIS 15-15", "ANNEXES 16-17");
    }

    @Test
    void theOutlineIsUsedWhenThereIsOne() throws IOException {
        ReportPlan plan = ReportFixtures.standard().with(new Style(false, true, true, false)).withBookmarks();
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "o.pdf", plan));
        assertThat(a.outlineUsed()).isTrue();
        assertThat(a.first(SectionType.JURIDIQUE)).map(ReportSection::pages).contains(3);
        assertThat(a.annexStart()).isEqualTo(16);
    }

    @Test
    void countsPagesBeforeTheAnnexesFromPageOne() throws IOException {
        List<Section> body = ReportFixtures.standardBody();
        body.set(2, Section.french("3. Activité 1 : étalonnage", 38));
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "long.pdf", ReportPlan.of(body, 5, 200)));
        assertThat(a.pagesBeforeAnnexes()).isEqualTo(51);
        assertThat(a.pages()).isEqualTo(56);
    }

    @Test
    void noAnnexHeadingMeansEveryPageIsBody() throws IOException {
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "n.pdf",
                ReportPlan.of(ReportFixtures.standardBody(), 0, 200)));
        assertThat(a.annexStart()).isNull();
        assertThat(a.pagesBeforeAnnexes()).isEqualTo(a.pages()).isEqualTo(16);
    }

    @Test
    void countsActivitiesAndMeasuresSections() throws IOException {
        List<Section> body = ReportFixtures.standardBody();
        body.add(4, Section.french("Activité n°3 : maintenance", 2));
        body.set(1, Section.french("II - Cadre réglementaire", 6));
        body.set(5, Section.french("Qualité, sécurité, santé, environnement", 5));
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "a.pdf", ReportPlan.of(body, 1, 80)));
        assertThat(a.activities()).isEqualTo(3);
        assertThat(a.first(SectionType.JURIDIQUE)).map(ReportSection::pages).contains(6);
        assertThat(a.first(SectionType.QSSE)).map(ReportSection::pages).contains(5);
        assertThat(a.summaryWords()).isBetween(80, 110);
    }

    @Test
    void aSummaryWrittenInFrenchIsNotEnglish() throws IOException {
        List<Section> body = ReportFixtures.standardBody();
        body.set(6, Section.french("Summary", 1));
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "f.pdf", ReportPlan.of(body, 1, 200)));
        assertThat(a.first(SectionType.RESUME_ANGLAIS)).isPresent();
        assertThat(a.summaryLanguage()).isEqualTo("fr");
    }

    @Test
    void aMissingSectionIsNotFound() throws IOException {
        List<Section> body = ReportFixtures.standardBody();
        body.remove(1);
        ReportAnalysis a = ReportAnalyser.analyse(ReportFixtures.write(dir, "m.pdf", ReportPlan.of(body, 1, 200)));
        assertThat(a.first(SectionType.JURIDIQUE)).isEmpty();
        assertThat(a.first(SectionType.ENTREPRISE)).isPresent();
    }

    @Test
    void userPasswordTruncatedAndNonPdfFilesAreUnreadable() throws IOException {
        Path report = ReportFixtures.write(dir, "r.pdf", ReportFixtures.standard());
        Path locked = dir.resolve("locked.pdf");
        Path ownerOnly = dir.resolve("owner.pdf");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(locked.toFile());
        }
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            AccessPermission noCopy = new AccessPermission();
            noCopy.setCanExtractContent(false);
            document.protect(new StandardProtectionPolicy("owner", "", noCopy));
            document.save(ownerOnly.toFile());
        }
        byte[] bytes = Files.readAllBytes(report);
        Path truncated = Files.write(dir.resolve("t.pdf"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(ReportAnalyser.analyse(locked).state()).isEqualTo(FileState.CHIFFRE);
        assertThat(ReportAnalyser.analyse(truncated).state()).isEqualTo(FileState.ENDOMMAGE);
        assertThat(ReportAnalyser.analyse(Files.writeString(dir.resolve("e.pdf"), "<html>Erreur 502</html>")).state())
                .isEqualTo(FileState.PAS_UN_PDF);
        assertThat(ReportAnalyser.analyse(dir.resolve("absent.pdf"))).satisfies(a -> {
            assertThat(a.state()).isEqualTo(FileState.MANQUANT);
            assertThat(a.sha256()).isNull();
        });
        ReportAnalysis owner = ReportAnalyser.analyse(ownerOnly);
        assertThat(owner.readable()).isTrue();
        assertThat(owner.sections()).hasSize(8);
    }

    @Test
    void aScanHasNoTextLayer() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
            for (int i = 0; i < 3; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(xobject, 50, 50, 500, 700);
                }
            }
            document.save(scan.toFile());
        }
        ReportAnalysis a = ReportAnalyser.analyse(scan);
        assertThat(a.readable()).isTrue();
        assertThat(a.textLayer()).isFalse();
        assertThat(a.pages()).isEqualTo(3);
    }

    @Test
    void findsJavaScriptAndAttachedFiles() throws IOException {
        Path report = ReportFixtures.write(dir, "r.pdf", ReportFixtures.standard());
        Path active = dir.resolve("active.pdf");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x');"));
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream("certificat".getBytes()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("certificat.pdf");
            spec.setEmbeddedFile(embedded);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(java.util.Map.of("certificat.pdf", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(active.toFile());
        }
        assertThat(ReportAnalyser.analyse(active).activeContent()).containsExactly("EmbeddedFiles", "JavaScript");
    }

    @Test
    void theSameBytesGiveTheSameSha256() throws IOException {
        Path a = ReportFixtures.write(dir, "a.pdf", ReportFixtures.standard());
        Path b = Files.copy(a, dir.resolve("b.pdf"));
        assertThat(ReportAnalyser.analyse(a).sha256()).isEqualTo(ReportAnalyser.analyse(b).sha256());
    }
}
