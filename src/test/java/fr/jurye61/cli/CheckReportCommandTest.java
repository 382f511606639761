package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.io.pdf.ReportFixtures;
import fr.jurye61.sample.SampleDocuments.ReportPlan;
import fr.jurye61.sample.SampleDocuments.Section;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;

/** What a candidate sees before depositing: sections with their pages, findings in French. */
class CheckReportCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new JuryE61());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int exit = cli.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void aConformingReportExitsZeroAndListsItsSections() throws Exception {
        Path report = ReportFixtures.write(dir, "ok.pdf", ReportFixtures.standard());
        Run run = run("check-report", report.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("18 pages, 16 avant les annexes (annexes p. 17)",
                "analyse juridique", "p.   5 à   7", "Aucun constat");
    }

    @Test
    void findingsAreGivenWithEvidenceAndExitOne() throws Exception {
        List<Section> body = ReportFixtures.standardBody();
        body.remove(1);
        Path report = ReportFixtures.write(dir, "sans-juridique.pdf", ReportPlan.of(body, 1, 200));
        Run run = run("check-report", report.toString());
        assertThat(run.exit()).isEqualTo(1);
        // for a student: severity and clause in words, what was found, what is asked, then the counts
        assertThat(run.out()).contains("  À vérifier — Analyse juridique non trouvée. (règlement de l'épreuve, annexe IV B,"
                        + " § 2.1.3 : le contenu du rapport)",
                "      trouvé : aucun titre de analyse juridique dans le corps du rapport (texte) ; titres trouvés : "
                        + "« 1. Présentation de l'entreprise » p. 3,",
                "      demandé : une analyse juridique de 2 à 4 pages ; titres reconnus : « Analyse juridique »",
                "      référence : RAPPORT-ANALYSE-JURIDIQUE", "Bilan : 0 bloquant, 1 à vérifier, 0 pour information.")
                .doesNotContain("[A_VERIFIER]", "(§2.1.3)");
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        Path report = ReportFixtures.write(dir, "ok.pdf", ReportFixtures.standard());
        Run run = run("check-report", report.toString(), "--format", "json");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = JsonMapper.builder().build().readValue(run.out(), Map.class);
        assertThat(json).containsKeys("fichier", "pages", "pages_avant_annexes", "sections", "constats");
        assertThat(json.get("pages")).isEqualTo(18);
        assertThat(json.get("pages_avant_annexes")).isEqualTo(16);
        assertThat((List<?>) json.get("sections")).hasSize(8).first().isEqualTo(Map.of("type", "entreprise",
                "titre", "1. Présentation de l'entreprise", "page_debut", 3, "page_fin", 4));
        assertThat((List<?>) json.get("constats")).isEmpty();
    }

    @Test
    void thresholdsComeFromTheSessionFile() throws Exception {
        Path report = ReportFixtures.write(dir, "ok.pdf", ReportFixtures.standard());
        Path session = Files.writeString(dir.resolve("session.properties"),
                "date_limite_depot=2027-05-12T23:59:59+02:00\ndate_examen=2027-06-08\nrapport_pages_max=15\n");
        Run run = run("check-report", report.toString(), "--session", session.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("RAPPORT-PAGES-MAX", "rapport_pages_max = 15");
    }

    @Test
    void anUnreadableFileIsAFindingNotACrash() throws Exception {
        Path html = Files.writeString(dir.resolve("erreur.pdf"), "<html>502</html>");
        Run run = run("check-report", html.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("RAPPORT-ILLISIBLE", "ce n'est pas un PDF");
        assertThat(run("check-report", html.toString(), "--format", "xml").exit()).isEqualTo(2);
    }
}
