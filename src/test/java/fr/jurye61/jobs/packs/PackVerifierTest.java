package fr.jurye61.jobs.packs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.cli.JuryE61;
import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Voie;
import fr.jurye61.io.pdf.PackVerifier;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.rules.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify-pack against each kind of tampering. */
class PackVerifierTest {
    @TempDir
    Path work;
    Path pack;

    @BeforeEach
    void buildPack() throws Exception {
        SessionFixture files = new SessionFixture(work.resolve("in"))
                .report("r1.pdf", "V01").report("r2.pdf", "V02").pdf("g1.pdf", "Grille V01").pdf("g2.pdf", "Grille V02");
        Path dossiers = work.resolve("dossiers");
        PackBuilder.Built built = PackBuilder.build(dossiers,
                new Commission("C07", "Commission 7", LocalDate.of(2027, 6, 9), "Lyon", new SourceRef("c", 2)),
                List.of(member("V01", files.root().resolve("g1.pdf"), files.root().resolve("r1.pdf")),
                        member("V02", files.root().resolve("g2.pdf"), files.root().resolve("r2.pdf"))),
                Fixtures.session());
        PackBuilder.publish(built, dossiers);
        pack = dossiers.resolve("C07");
    }

    private static PackBuilder.Member member(String numero, Path grid, Path report) throws IOException {
        return PackBuilder.Member.of(new Candidate(numero, "Nom" + numero, "Prénom", null, Voie.SCOLAIRE, null, null,
                false, false, null, null, "C07", new SourceRef("i", 2)), grid, report);
    }

    private void updateManifest() throws IOException {
        PackBuilder.writeManifest(pack);
    }

    @Test
    void aFreshPackIsSound() throws IOException {
        assertThat(PackVerifier.verify(pack)).isEmpty();
        assertThat(JuryE61.execute("verify-pack", pack.toString())).isZero();
    }

    @Test
    void aModifiedFileBreaksItsHash() throws IOException {
        Files.write(pack.resolve("candidats/V01/grille.pdf"), " ".getBytes(), java.nio.file.StandardOpenOption.APPEND);
        assertThat(PackVerifier.verify(pack)).anySatisfy(f -> assertThat(f).contains("candidats/V01/grille.pdf")
                .contains("empreinte SHA-256"));
        assertThat(JuryE61.execute("verify-pack", pack.toString())).isEqualTo(1);
    }

    @Test
    void aMissingFileAndAnExtraFileAreReported() throws IOException {
        Files.delete(pack.resolve("candidats/V02/rapport.pdf"));
        Files.writeString(pack.resolve("candidats/V02/attestation.pdf"), "%PDF-1.4");
        List<String> faults = PackVerifier.verify(pack);
        assertThat(faults).anySatisfy(f -> assertThat(f).contains("candidats/V02/rapport.pdf").contains("absent"));
        assertThat(faults).anySatisfy(f -> assertThat(f).contains("candidats/V02/attestation.pdf").contains("en trop"));
        assertThat(faults).anySatisfy(f -> assertThat(f).contains("seuls grille.pdf et rapport.pdf"));
    }

    @Test
    void activeContentIsReportedEvenWithAMatchingManifest() throws IOException {
        Path report = pack.resolve("candidats/V01/rapport.pdf");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);"));
            document.save(report.toFile());
        }
        updateManifest();
        assertThat(PackVerifier.verify(pack)).singleElement()
                .satisfies(f -> assertThat(f).contains("candidats/V01/rapport.pdf").contains("JavaScript"));
    }

    @Test
    void aMergedPdfThatDisagreesWithTheCandidateFiles() throws IOException {
        // V01's report replaced by V02's: same candidates, other page contents is fine; change the page count
        Path report = pack.resolve("candidats/V01/rapport.pdf");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            document.removePage(0);
            document.save(report.toFile());
        }
        updateManifest();
        assertThat(PackVerifier.verify(pack)).singleElement().satisfies(f -> assertThat(f).contains("C07.pdf")
                .contains("V01").contains("18 page(s) de rapport").contains("17"));
    }

    @Test
    void aCandidateMissingFromTheMergedPdf() throws IOException {
        Path extra = Files.createDirectories(pack.resolve("candidats/V03"));
        Files.copy(pack.resolve("candidats/V01/grille.pdf"), extra.resolve("grille.pdf"));
        Files.copy(pack.resolve("candidats/V01/rapport.pdf"), extra.resolve("rapport.pdf"));
        updateManifest();
        assertThat(PackVerifier.verify(pack)).singleElement()
                .satisfies(f -> assertThat(f).contains("signets nomment [V01, V02]").contains("V03"));
    }

    @Test
    void anUnreadablePdfAndABrokenManifestLine() throws IOException {
        Files.writeString(pack.resolve("candidats/V02/grille.pdf"), "<html>erreur</html>");
        Files.writeString(pack.resolve("manifeste.sha256"), "pas une empreinte  C07.pdf\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        List<String> faults = PackVerifier.verify(pack);
        assertThat(faults).anySatisfy(f -> assertThat(f).contains("candidats/V02/grille.pdf").contains("illisible"));
        assertThat(faults).anySatisfy(f -> assertThat(f).contains("manifeste.sha256 ligne"));
    }

    @Test
    void noPackThereIsAUsageError() {
        assertThat(JuryE61.execute("verify-pack", work.resolve("absent").toString())).isEqualTo(2);
        assertThat(PdfFiles.stableId("a")).hasSize(16);
    }

    @Test
    void aLinkLeavingTheDocumentIsReportedEvenWithAMatchingManifest() throws IOException {
        Path report = pack.resolve("candidats/V02/rapport.pdf");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri =
                    new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            uri.setURI("https://suivi.example/ouvert");
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link =
                    new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(50, 50, 100, 20));
            link.setAction(uri);
            document.getPage(0).getAnnotations().add(link);
            document.save(report.toFile());
        }
        updateManifest();
        assertThat(PackVerifier.verify(pack)).singleElement().satisfies(f -> assertThat(f)
                .contains("candidats/V02/rapport.pdf", "action sortant du document", "URI"));
    }

    @Test
    void aSymbolicLinkInAPackIsAFaultAndIsNeverFollowed() throws IOException {
        Path outside = Files.writeString(work.resolve("dehors.pdf"), "<html>pas un PDF</html>");
        Files.createSymbolicLink(pack.resolve("candidats/V01/annexe.pdf"), outside);
        List<String> faults = PackVerifier.verify(pack);
        assertThat(faults).anySatisfy(f -> assertThat(f).contains("candidats/V01/annexe.pdf", "lien symbolique"));
        // the file it points to was not opened: no « illisible » fault about it
        assertThat(faults).noneSatisfy(f -> assertThat(f).contains("annexe.pdf : PDF illisible"));
    }

    @Test
    void aPackIsJudgedByItsContentSoARenamedCopyStillPasses() throws IOException {
        Path copy = work.resolve("dossiers/C07 (copie)");
        copyTree(pack, copy);
        assertThat(PackVerifier.verify(copy)).isEmpty();
        assertThat(JuryE61.execute("verify-pack", copy.toString())).isZero();
    }

    @Test
    void theDossiersFolderHasEachOfItsPacksChecked() throws IOException {
        copyTree(pack, work.resolve("dossiers/C08"));
        assertThat(JuryE61.execute("verify-pack", work.resolve("dossiers").toString())).isZero();
        Files.write(work.resolve("dossiers/C08/candidats/V01/grille.pdf"), " ".getBytes(),
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(JuryE61.execute("verify-pack", work.resolve("dossiers").toString())).isEqualTo(1);
    }

    @Test
    void eachFaultIsToldOnceOnTheFileItConcerns() throws IOException {
        Files.delete(pack.resolve("candidats/V02/rapport.pdf"));
        Files.writeString(pack.resolve("C07.pdf"), "<html>tronqué</html>");
        List<String> faults = PackVerifier.verify(pack);
        assertThat(faults.stream().filter(f -> f.startsWith("candidats/V02/rapport.pdf"))).singleElement()
                .asString().contains("absent");
        assertThat(faults.stream().filter(f -> f.startsWith("C07.pdf"))).hasSize(2) // its hash, and unreadable
                .anySatisfy(f -> assertThat(f).contains("empreinte")).anySatisfy(f -> assertThat(f).contains("illisible"));
        assertThat(faults).doesNotHaveDuplicates();
    }

    @Test
    void aFolderThatHoldsNoPackIsOneUsageSentence() throws IOException {
        Path other = Files.createDirectories(work.resolve("autre"));
        Files.writeString(other.resolve("notes.txt"), "rien");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream saved = System.err;
        int exit;
        try {
            System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
            exit = JuryE61.execute("verify-pack", other.toString());
        } finally {
            System.setErr(saved);
        }
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).singleElement().asString()
                .contains("n'est pas un dossier de commission");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
