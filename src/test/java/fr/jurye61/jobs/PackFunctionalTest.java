package fr.jurye61.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.io.pdf.ActiveContent;
import fr.jurye61.io.pdf.PackVerifier;
import fr.jurye61.io.pdf.PdfFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

/** Packs and notices from a small session: content, bookmarks, cover, sanitising, determinism. */
class PackFunctionalTest extends NightlyJobTestSupport {
    @Autowired
    NightlyRunner runner;
    @Autowired
    fr.jurye61.io.db.StateStore store;

    @TempDir
    Path work;

    private Path session() throws Exception {
        SessionFixture fixture = new SessionFixture(work.resolve("input"))
                .file("session.properties", SessionFixture.SESSION + "libelle=BTS MM — session d'essai\n")
                .file("commissions.csv", "code_commission;libelle;date_interrogation;lieu\n"
                        + "C01;Commission 1 — Lyon;2027-06-08;Lyon\nC02;Commission 2 — Grenoble;;\n")
                .file("inscriptions/a.csv", "numero_candidat;nom;prenom;voie;commission\n"
                        + "K02;Durand;Lou;scolaire;C01\nK01;Martin;Noël;scolaire;C01\nK03;Petit;Zoé;scolaire;C02\n"
                        + "K04;Robert;Léo;scolaire;C01\nK05;Simon;Inès;scolaire;C01\n")
                .file("pieces/pieces.csv", "numero_candidat;type;emetteur;emetteur_type;date_debut;date_fin;reference\n"
                        + "K01;attestation_stage;L;structure_accueil;2026-05-04;2026-07-24;C1\n"
                        + "K02;attestation_stage;L;structure_accueil;2026-05-04;2026-07-24;C2\n"
                        + "K03;attestation_stage;L;structure_accueil;2026-05-04;2026-07-24;C3\n"
                        + "K04;attestation_stage;L;structure_accueil;2026-05-04;2026-07-24;C4\n"
                        + "K05;attestation_stage;L;structure_accueil;2026-05-04;2026-07-10;C5\n"
                        + "K05;autorisation_force_majeure;Rectorat;recteur;;;FM-1\n")
                .file("rapports/depots.csv", "numero_candidat;fichier;depose_le;vise_structure\n"
                        + "K01;K01.pdf;2027-05-02T10:00:00+02:00;oui\nK02;K02.pdf;2027-05-02T10:00:00+02:00;oui\n"
                        + "K03;K03.pdf;2027-05-02T10:00:00+02:00;oui\nK05;K05.pdf;2027-05-02T10:00:00+02:00;oui\n")
                .report("rapports/K01.pdf", "K01").report("rapports/K02-clean.pdf", "K02")
                .report("rapports/K03.pdf", "K03").report("rapports/K05.pdf", "K05")
                .file("grilles/grilles.csv", "numero_candidat;fichier\nK01;K01.pdf\nK02;K02.pdf\nK05;K05.pdf\n")
                .pdf("grilles/K01.pdf", "Grille K01").pdf("grilles/K02.pdf", "Grille K02").pdf("grilles/K05.pdf", "Grille K05");
        Path input = fixture.root();
        // K02 deposited a report carrying a script and another candidate's certificate
        try (PDDocument document = Loader.loadPDF(input.resolve("rapports/K02-clean.pdf").toFile())) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);"));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("attestation.pdf");
            spec.setEmbeddedFile(new PDEmbeddedFile(document, new java.io.ByteArrayInputStream("x".getBytes())));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("attestation.pdf", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            document.save(input.resolve("rapports/K02.pdf").toFile());
        }
        Files.delete(input.resolve("rapports/K02-clean.pdf"));
        return input;
    }

    /** The files of a folder reached through the output's links, as a reader sees them. */
    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Path real = folder.toRealPath();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(real.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        assertThat(files).as("files under " + folder).isNotEmpty();
        return files;
    }

    @Test
    void buildsOnePackPerCommissionWithOnlyGridsAndReports() throws Exception {
        Path input = session();
        Path out = work.resolve("out");
        assertThat(runner.run(input, out, work.resolve("etat")).execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path c01 = out.resolve("dossiers/C01");
        // only the interviewed candidates, only their grid and report
        assertThat(Files.list(c01.resolve("candidats")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("K01", "K02", "K05");
        assertThat(Files.list(c01.resolve("candidats/K01")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("grille.pdf", "rapport.pdf");
        assertThat(PackVerifier.verify(c01)).isEmpty();

        try (PDDocument merged = Loader.loadPDF(c01.resolve("C01.pdf").toFile())) {
            // cover + 3 x (1-page grid + 18-page report)
            assertThat(merged.getNumberOfPages()).isEqualTo(1 + 3 * 19);
            assertThat(ActiveContent.scan(merged)).isEmpty();
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem candidate : merged.getDocumentCatalog().getDocumentOutline().children()) {
                List<String> children = new ArrayList<>();
                candidate.children().forEach(c -> children.add(c.getTitle()));
                outline.add(candidate.getTitle() + " " + children);
            }
            assertThat(outline).containsExactly("K01 - Martin Noël [Grille d'évaluation, Rapport]",
                    "K02 - Durand Lou [Grille d'évaluation, Rapport]", "K05 - Simon Inès [Grille d'évaluation, Rapport]");
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(merged)).contains("BTS MM — session d'essai", "Commission C01", "08/06/2027", "Lyon",
                    "K01", "Martin Noël", "p. 2", "K05", "p. 40");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(merged)).contains("Grille K01");
            assertThat(merged.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2027);
        }
        // the sanitised copy of K02's report lost its script and attachment, not its pages
        try (PDDocument k02 = Loader.loadPDF(c01.resolve("candidats/K02/rapport.pdf").toFile())) {
            assertThat(ActiveContent.scan(k02)).isEmpty();
            assertThat(k02.getNumberOfPages()).isEqualTo(18);
        }
        // a commission without interviewed candidates gets its cover alone
        try (PDDocument merged = Loader.loadPDF(out.resolve("dossiers/C02/C02.pdf").toFile())) {
            assertThat(merged.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(merged)).contains("Aucun candidat à interroger");
        }
        assertThat(Files.readAllLines(out.resolve("dossiers/C02/manifeste.sha256"))).containsExactly(
                PdfFiles.sha256(out.resolve("dossiers/C02/C02.pdf")) + "  C02.pdf");

        // the jury president is told of the force-majeure admission and the « non validé » decision
        assertThat(Files.readString(out.resolve("notices/president-jury.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFcode_commission;numero_candidat;nom;prenom;motif\r\n"
                        + "C01;K04;Robert;Léo;NON_VALIDE\r\nC01;K05;Simon;Inès;FORCE_MAJEURE\r\n");
        try (PDDocument notices = Loader.loadPDF(out.resolve("notices/president-jury.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(notices)).contains("Commission C01", "K04", "Robert Léo",
                    "Non validé", "K05", "Force majeure");
        }
    }

    @Test
    void theNextNightGivesByteIdenticalPacksAndRemovesStaleOnes() throws Exception {
        Path input = session();
        Path out = work.resolve("out");
        runner.run(input, out, work.resolve("etat")).execution();
        Map<String, byte[]> first = snapshot(out.resolve("dossiers"));
        Files.createDirectories(out.resolve("dossiers/C99/candidats"));
        runner.run(input, out, work.resolve("etat")).execution();
        Map<String, byte[]> second = snapshot(out.resolve("dossiers"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        assertThat(out.resolve("dossiers/C99")).doesNotExist();
        // unchanged packs are taken over, not rebuilt: the two nights share their files
        assertThat(Files.getAttribute(out.resolve("dossiers/C01/C01.pdf").toRealPath(), "unix:nlink")).isEqualTo(2);
    }

    private static int evaluationCount(org.springframework.batch.core.job.JobExecution execution, String count) {
        return execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("evaluation")).findFirst()
                .orElseThrow().getExecutionContext().getInt(count);
    }

    @Test
    void theNextNightEvaluatesOnlyTheCandidatesWhoseInputsChangedAndOutputsStayThoseOfAFullEvaluation()
            throws Exception {
        // given a published night
        Path input = session();
        Path out = work.resolve("out");
        var first = runner.run(input, out, work.resolve("etat")).execution();
        // (the state may hold earlier runs of the same session: identical inputs are taken over already)
        assertThat(evaluationCount(first, fr.jurye61.jobs.evaluation.EvaluationWriter.EVALUATED)
                + evaluationCount(first, fr.jurye61.jobs.evaluation.EvaluationWriter.TAKEN_OVER)).isEqualTo(5);

        // when K03 deposits a copy of K01's report (both now share a report) and K05 gets a ruling
        Files.copy(input.resolve("rapports/K01.pdf"), input.resolve("rapports/K03.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(input.resolve("decisions"));
        Files.writeString(input.resolve("decisions/d.csv"), "numero_candidat;regle;decision;auteur;justification\n"
                + "K05;RAPPORT-QSSE;confirme;DEC;Rien à confirmer\n");
        var second = runner.run(input, out, work.resolve("etat")).execution();

        // then K01, K03 (same report now) and K05 (a ruling) are evaluated, K02 and K04 taken over
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(evaluationCount(second, fr.jurye61.jobs.evaluation.EvaluationWriter.EVALUATED)).isEqualTo(3);
        assertThat(evaluationCount(second, fr.jurye61.jobs.evaluation.EvaluationWriter.TAKEN_OVER)).isEqualTo(2);
        assertThat(Files.readString(out.resolve("constats.csv"))).contains("K01;RAPPORT-DOUBLON", "K03;RAPPORT-DOUBLON");

        // and a night that evaluates everyone again (--nuit-complete) writes the same findings and decisions
        Path full = work.resolve("complete");
        var third = runner.run(input, full, work.resolve("etat"), true).execution();
        assertThat(evaluationCount(third, fr.jurye61.jobs.evaluation.EvaluationWriter.EVALUATED)).isEqualTo(5);
        assertThat(evaluationCount(third, fr.jurye61.jobs.evaluation.EvaluationWriter.TAKEN_OVER)).isZero();
        for (String name : List.of("constats.csv", "decisions.csv", "constats.sarif", "rejets.csv")) {
            assertThat(Files.readAllBytes(full.resolve(name))).as(name).isEqualTo(Files.readAllBytes(out.resolve(name)));
        }
        assertThat(snapshot(full.resolve("dossiers")).keySet()).isEqualTo(snapshot(out.resolve("dossiers")).keySet());
    }

    @Test
    void aDamagedOrTamperedPackIsRebuiltTheNextNight() throws Exception {
        // given a published night
        Path input = session();
        Path out = work.resolve("out");
        runner.run(input, out, work.resolve("etat")).execution();
        Map<String, byte[]> first = snapshot(out.resolve("dossiers"));

        // when one grid is damaged in place, a file slipped into another pack, a link into a third place
        Path grid = out.resolve("dossiers/C01/candidats/K01/grille.pdf");
        byte[] damaged = Files.readAllBytes(grid);
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(grid, damaged);
        Files.writeString(out.resolve("dossiers/C02/lisez-moi.txt"), "ajouté à la main");
        Files.createSymbolicLink(out.resolve("dossiers/C01/candidats/K02/annexe.pdf"), input.resolve("rapports/K01.pdf"));
        assertThat(sound(out.resolve("dossiers/C01"))).isFalse();

        // then the next night, on the same inputs, rebuilds them: every pack as built, nothing more
        runner.run(input, out, work.resolve("etat")).execution();
        Map<String, byte[]> second = snapshot(out.resolve("dossiers"));
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        assertThat(sound(out.resolve("dossiers/C01"))).isTrue();
        assertThat(sound(out.resolve("dossiers/C02"))).isTrue();
    }

    @Test
    void aPackTamperedWithItsManifestRewrittenToMatchIsRebuiltFromTheRecordedHashes() throws Exception {
        // given a published night
        Path input = session();
        Path out = work.resolve("out");
        runner.run(input, out, work.resolve("etat")).execution();
        Map<String, byte[]> first = snapshot(out.resolve("dossiers"));
        Path pack = out.resolve("dossiers/C01").toRealPath();
        assertThat(store.packs().packFiles(pack.getParent().getParent().getFileName().toString(), "C01"))
                .containsKeys("manifeste.sha256", "C01.pdf", "candidats/K01/grille.pdf");

        // when a grid is replaced and the manifest rewritten with its new hash (sha256sum -c passes)
        Path grid = pack.resolve("candidats/K01/grille.pdf");
        byte[] other = Files.readAllBytes(pack.resolve("candidats/K02/grille.pdf"));
        Files.delete(grid);
        Files.write(grid, other);
        Path manifest = pack.resolve("manifeste.sha256");
        String otherSha = sha256(other);
        String rewritten = Files.readString(manifest).lines().map(line -> line.endsWith("  candidats/K01/grille.pdf")
                ? otherSha + "  candidats/K01/grille.pdf" : line).collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        Files.delete(manifest);
        Files.writeString(manifest, rewritten);
        assertThat(fr.jurye61.jobs.packs.PackBuilder.matchesManifest(pack)).as("the manifest alone is fooled").isTrue();

        // then the next night checks the pack against the hashes it recorded, and rebuilds it
        runner.run(input, out, work.resolve("etat")).execution();
        Map<String, byte[]> second = snapshot(out.resolve("dossiers"));
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** verify-pack's verdict on a pack folder. */
    private static boolean sound(Path pack) throws IOException {
        return fr.jurye61.io.pdf.PackVerifier.verify(pack).isEmpty();
    }

    @Test
    void aFileThatCannotBeCleanedKeepsOnlyItsCandidateOutOfThePack() throws Exception {
        // given a grid the sanitiser cannot clean (as some future hostile file will be)
        Path input = session();
        String sha = fr.jurye61.io.pdf.PdfFiles.sha256(input.resolve("grilles/K01.pdf"));
        store.cache().cacheLeftAfterCleaning(sha, fr.jurye61.io.pdf.ReportAnalyser.VERSION, List.of("EmbeddedFiles"));
        try {
            // when the night runs, then it completes for everyone else
            Path out = work.resolve("out");
            assertThat(runner.run(input, out, work.resolve("etat")).execution().getStatus())
                    .isEqualTo(BatchStatus.COMPLETED);
            assertThat(Files.readString(out.resolve("decisions.csv"))).contains(
                    "K01;Martin;Noël;scolaire;C01;RECEVABLE;CONFORME;EN_ATTENTE;DOSSIER-CONTENU-ACTIF-PERSISTANT",
                    "K02;Durand;Lou;scolaire;C01;RECEVABLE;CONFORME;INTERROGE;");
            assertThat(Files.readString(out.resolve("constats.csv"))).contains("grilles/K01.pdf garde EmbeddedFiles");
            Path c01 = out.resolve("dossiers/C01");
            assertThat(Files.list(c01.resolve("candidats")).map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("K02", "K05");
            assertThat(PackVerifier.verify(c01)).isEmpty();
        } finally {
            jdbc.update("DELETE FROM J_NETTOYAGE WHERE SHA256 = ?", sha);
        }
    }
}
