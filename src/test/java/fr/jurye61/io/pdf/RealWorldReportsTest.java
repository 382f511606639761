package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.ReportAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports exported by real tools (pdfLaTeX with fancyhdr headers naming the section and a
 * leader-less contents page; LibreOffice Writer with dot-leader contents, header and footer),
 * each with and without bookmarks. Sources and the script that built them are beside the PDFs
 * in src/test/resources/realworld.
 */
class RealWorldReportsTest {
    private static final List<String> LATEX = List.of("ENTREPRISE 3-4", "JURIDIQUE 5-7", "ACTIVITE 8-9",
            "ACTIVITE 10-11", "QSSE 12-13", "CONCLUSION 14-14", "RESUME_ANGLAIS 15-15", "ANNEXES 16-17");

    @ParameterizedTest
    @CsvSource({"latex-bookmarks.pdf, true", "latex-nobookmarks.pdf, false",
            "libreoffice-bookmarks.pdf, true", "libreoffice-nobookmarks.pdf, false"})
    void findsTheSectionsOfRealExports(String file, boolean outline) {
        ReportAnalysis a = ReportAnalyser.analyse(Path.of("src/test/resources/realworld", file));
        assertThat(a.outlineUsed()).isEqualTo(outline);
        assertThat(a.pages()).isEqualTo(17);
        assertThat(a.sections()).extracting(s -> s.type() + " " + s.pageDebut() + "-" + s.pageFin())
                .containsExactlyElementsOf(LATEX);
        assertThat(a.pagesBeforeAnnexes()).isEqualTo(15);
        assertThat(a.activities()).isEqualTo(2);
        assertThat(a.summaryLanguage()).isEqualTo("en");
        assertThat(a.summaryWords()).isBetween(100, 200);
        assertThat(a.activeContent()).isEmpty();
    }
}
