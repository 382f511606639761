package fr.jurye61.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Outcome;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.io.pdf.ReportFixtures;
import fr.jurye61.sample.SampleDocuments.ReportPlan;
import fr.jurye61.sample.SampleDocuments.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

/** The evaluation step reading real deposited PDFs: which deposit counts, duplicates, unreadable files, cache. */
class ReportAnalysisFunctionalTest extends NightlyJobTestSupport {
    @Autowired
    NightlyRunner runner;
    @Autowired
    StateStore store;

    @TempDir
    Path work;

    private Path session() throws Exception {
        SessionFixture fixture = new SessionFixture(work.resolve("input"))
                .file("session.properties", SessionFixture.SESSION)
                .file("commissions.csv", "code_commission;libelle\nC01;Commission 1\n")
                .file("inscriptions/a.csv", "numero_candidat;nom;prenom;voie;commission\n"
                        + "R01;A;A;scolaire;C01\nR02;B;B;scolaire;C01\nR03;C;C;scolaire;C01\nR04;D;D;scolaire;C01\n"
                        + "R05;E;E;scolaire;C01\n")
                .file("rapports/depots.csv", """
                        numero_candidat;fichier;depose_le;vise_structure
                        R01;R01.pdf;2027-05-02T10:00:00+02:00;oui
                        R02;copie.pdf;2027-05-03T10:00:00+02:00;oui
                        R03;R03.pdf;2027-05-02T10:00:00+02:00;oui
                        R04;R04-v1.pdf;2027-05-10T10:00:00+02:00;oui
                        R04;R04-v2.pdf;13/05/2027 00:30;oui
                        R05;R05.pdf;2027-05-02T10:00:00+02:00;oui
                        """)
                .report("rapports/R01.pdf", "R01")
                .report("rapports/R04-v1.pdf", "R04");
        Path input = fixture.root();
        Files.copy(input.resolve("rapports/R01.pdf"), input.resolve("rapports/copie.pdf"));
        try (PDDocument document = Loader.loadPDF(input.resolve("rapports/R04-v1.pdf").toFile())) {
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(input.resolve("rapports/R03.pdf").toFile());
        }
        List<Section> longer = ReportFixtures.standardBody();
        longer.set(2, Section.french("3. Activité 1", 40));
        ReportFixtures.write(input.resolve("rapports"), "R04-v2.pdf", ReportPlan.of(longer, 1, 200));
        List<Section> noLegal = ReportFixtures.standardBody();
        noLegal.remove(1);
        ReportFixtures.write(input.resolve("rapports"), "R05.pdf", ReportPlan.of(noLegal, 1, 200));
        return input;
    }

    private static List<String> rules(List<Finding> findings, String numero) {
        return findings.stream().filter(f -> f.numero().equals(numero)).map(Finding::regle).toList();
    }

    @Test
    void readsTheDepositThatCountsAndCachesItsAnalysis() throws Exception {
        Path input = session();
        JobExecution first = runner.run(input, work.resolve("out"), work.resolve("etat")).execution();
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = first.getJobInstance().getInstanceId();
        List<Finding> findings = store.evaluations().findings(runId);
        Map<String, Outcome> outcomes = store.evaluations().outcomes(runId);

        assertThat(rules(findings, "R01")).contains("RAPPORT-DOUBLON");
        assertThat(rules(findings, "R02")).contains("RAPPORT-DOUBLON");
        assertThat(rules(findings, "R03")).contains("RAPPORT-ILLISIBLE");
        // R04: the on-time 18-page v1 counts; the 55-page late v2 is recorded and ignored
        assertThat(rules(findings, "R04")).contains("RAPPORT-DEPOT-ULTERIEUR-IGNORE").doesNotContain("RAPPORT-PAGES-MAX");
        assertThat(outcomes.get("R04").constats()).doesNotContain("RAPPORT-PAGES-MAX");
        assertThat(rules(findings, "R05")).contains("RAPPORT-ANALYSE-JURIDIQUE");
        assertThat(outcomes.get("R05").conformite().name()).isEqualTo("A_VERIFIER");

        // every readable counted report is cached by its SHA-256 (R01 and R02 share one)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM J_ANALYSE", Integer.class)).isEqualTo(4);

        // a next night that evaluates everyone again (unchanged inputs would be taken over) uses the
        // cache: an analysis edited in the cache is what the rules read
        String sha = ReportAnalyser.sha256(input.resolve("rapports/R05.pdf"));
        String cached = jdbc.queryForObject("SELECT ANALYSE FROM J_ANALYSE WHERE SHA256 = ?", String.class, sha);
        jdbc.update("UPDATE J_ANALYSE SET ANALYSE = ? WHERE SHA256 = ?",
                cached.replace("\"summaryLanguage\":\"en\"", "\"summaryLanguage\":\"fr\""), sha);
        JobExecution second = runner.run(input, work.resolve("out"), work.resolve("etat"), true).execution();
        assertThat(rules(store.evaluations().findings(second.getJobInstance().getInstanceId()), "R05"))
                .contains("RAPPORT-ANALYSE-JURIDIQUE", "RAPPORT-RESUME-ANGLAIS");
    }
}
