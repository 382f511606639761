package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.io.pdf.PagePictures;
import fr.jurye61.io.pdf.ReportFixtures;
import fr.jurye61.sample.SampleDocuments.ReportPlan;
import fr.jurye61.sample.SampleDocuments.Section;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** check-report --format html: a student's page with the pages where each section was found, boxed. */
class CheckReportHtmlTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new JuryE61());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void eachSectionIsShownOnAPictureOfItsPageWithItsHeadingBoxed() throws Exception {
        // given a conforming generated report (8 sections on 8 pages, annexes from page 17)
        Path report = ReportFixtures.write(dir, "rapport.pdf", ReportFixtures.standard());
        Path html = dir.resolve("controle.html");

        // when the student asks for the HTML page
        Run run = run("check-report", "--format", "html", report.toString(), "-o", html.toString());

        // then one self-contained page: each heading page pictured once, each section with its box
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Résultat écrit dans " + html);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">")
                .doesNotContain("<script", "src=\"http", "href=\"http", "<link");
        assertThat(count(page, "\\.pg\\d+\\{background-image:url\\(data:image/png;base64,")).isEqualTo(8);
        assertThat(count(page, "<section class=\"trouvee\"")).isEqualTo(8);
        assertThat(count(page, "class=\"cadre\"")).isEqualTo(8);
        assertThat(page).contains("Analyse juridique</b><br>« 2. Analyse juridique »<br>pages 5 à 7 (3 pages)",
                "18 pages, dont 16 avant les annexes (annexes à partir de la page 17)", "Aucun constat");
        // the strip: 18 pages, 16 counted and 2 annexes, the heading pages marked
        assertThat(count(page, "<a class=\"vignette ")).isEqualTo(18);
        assertThat(count(page, "<a class=\"vignette annexe")).isEqualTo(2);
        assertThat(count(page, " titre\" href=")).isEqualTo(8);
        // each box sits inside its page, in its top part, where the generated headings are printed
        Matcher box = Pattern.compile("class=\"cadre\" style=\"left:([\\d.]+)%;top:([\\d.]+)%;width:([\\d.]+)%;height:([\\d.]+)%")
                .matcher(page);
        while (box.find()) {
            double left = Double.parseDouble(box.group(1));
            double top = Double.parseDouble(box.group(2));
            double width = Double.parseDouble(box.group(3));
            double height = Double.parseDouble(box.group(4));
            assertThat(left).isBetween(1.0, 40.0);
            assertThat(top).isBetween(1.0, 60.0);
            assertThat(width).isBetween(5.0, 98.0);
            assertThat(height).isBetween(0.5, 8.0);
        }
    }

    @Test
    void aLongReportGetsItsFindingsWithWhatToDoAndStaysSmall() throws Exception {
        // given a 60-page report: its body is over the 50-page limit and it has no English summary
        List<Section> body = ReportFixtures.standardBody();
        body.set(2, Section.french("3. Activité 1 : étalonnage", 40));
        body.remove(body.size() - 1);
        Path report = ReportFixtures.write(dir, "long.pdf", ReportPlan.of(body, 6, 0));
        Path html = dir.resolve("long.html");

        Run run = run("check-report", "--format", "html", report.toString(), "-o", html.toString());

        // then each finding says what to do, pages beyond the limit are marked, and the page stays small
        assertThat(run.exit()).isEqualTo(1);
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).contains("RAPPORT-PAGES-MAX", "RAPPORT-RESUME-ANGLAIS", "<b>À faire :</b> au plus 50 pages",
                "dépassée de");
        assertThat(count(page, "<a class=\"vignette depasse")).isPositive();
        assertThat(count(page, "\\.pg\\d+\\{background-image")).isLessThanOrEqualTo(PagePictures.MAX_PAGES);
        assertThat(Files.size(html)).isLessThan(1_500_000);
    }

    @Test
    void htmlNeedsAFileToWriteAndAnUnreadableReportIsSaidSo() throws Exception {
        Path report = ReportFixtures.write(dir, "rapport.pdf", ReportFixtures.standard());
        Run without = run("check-report", "--format", "html", report.toString());
        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).contains("--format html écrit une page : donner son fichier avec -o");

        Path broken = Files.writeString(dir.resolve("casse.pdf"), "<html>502</html>");
        Path html = dir.resolve("casse.html");
        Run run = run("check-report", "--format", "html", broken.toString(), "-o", html.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Le fichier ne peut pas être lu")
                .doesNotContain("background-image");
    }
}
