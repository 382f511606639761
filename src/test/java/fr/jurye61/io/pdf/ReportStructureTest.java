package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The traps real reports set, one per test, each on a small report written line by line:
 * chapter sub-conclusions, parts of no known type, an abstract before a French contents page,
 * a figure label « annexe 1 », a heading over two lines with a lost ligature, a cover field line,
 * activities counted under a « Projets » part.
 */
class ReportStructureTest {
    @TempDir
    Path dir;

    private static final String FRENCH = "Le service assure le suivi des instruments de mesure et la gestion du parc "
            + "de capteurs utilisés par les équipes de production de l'usine, avec des contrôles réguliers.";
    private static final String ENGLISH = "During this internship I was in charge of the calibration of the pressure "
            + "sensors used by the production teams, and I wrote the procedures that the technicians now follow.";

    /** One line: text, size, bold. */
    private record L(String text, float size, boolean bold) {
    }

    private static L h1(String text) {
        return new L(text, 20, true);
    }

    private static L h2(String text) {
        return new L(text, 14, true);
    }

    private static List<L> body(int lines, String text) {
        List<L> out = new ArrayList<>();
        String[] words = text.split(" ");
        for (int i = 0; i < lines; i++) {
            // each line different (repeated lines would read as running headers)
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 14; w++) {
                line.append(w == 0 ? "" : " ").append(words[(i * 5 + w) % words.length]);
            }
            out.add(new L(line.toString(), 11, false));
        }
        return out;
    }

    @SafeVarargs
    private static List<L> page(Object... parts) {
        List<L> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof L l) {
                out.add(l);
            } else {
                @SuppressWarnings("unchecked")
                List<L> many = (List<L>) p;
                out.addAll(many);
            }
        }
        return out;
    }

    private Path write(String name, List<List<L>> pages) throws IOException {
        Path file = dir.resolve(name);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            for (List<L> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (L line : lines) {
                        float x = line.size() < 10 ? 300 : 60;
                        y -= line.size() * 1.6f;
                        cs.beginText();
                        cs.setFont(line.bold() ? bold : regular, line.size());
                        cs.newLineAtOffset(x, y);
                        String text = line.text();
                        // body lines are cut to the page width
                        cs.showText(text.length() > 95 ? text.substring(0, 95) : text);
                        cs.endText();
                        if (line.size() >= 14) {
                            y -= 8;
                        }
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static List<String> starts(ReportAnalysis a) {
        return a.sections().stream().map(s -> s.type() + " " + s.pageDebut()).toList();
    }

    private static List<L> cover() {
        return page(new L("Rapport de stage", 28, true), new L("BTS Métiers de la Mesure", 16, false),
                new L("Session 2026", 16, false));
    }

    @Test
    void aChaptersOwnConclusionIsNotTheReportsConclusion() throws IOException {
        // given chapters that each end with « Conclusion », and a general conclusion at the end
        Path file = write("chapitres.pdf", List.of(cover(),
                page(h1("Chapitre 1 : Présentation de l'entreprise"), body(20, FRENCH)),
                page(h2("Conclusion"), body(10, FRENCH)),
                page(h1("Chapitre 2 : Réalisation du banc d'essai"), body(20, FRENCH)),
                page(h2("Conclusion"), body(10, FRENCH)),
                page(h1("Conclusion générale"), body(12, FRENCH))));
        // when it is analysed
        ReportAnalysis a = ReportAnalyser.analyse(file);
        // then the conclusion is the general one, and the work starts with chapter 2
        assertThat(a.first(SectionType.CONCLUSION)).map(ReportSection::pageDebut).contains(6);
        assertThat(a.first(SectionType.ENTREPRISE)).map(ReportSection::pageDebut).contains(2);
        assertThat(a.first(SectionType.ACTIVITE)).map(ReportSection::pageDebut).contains(4);
        assertThat(a.activities()).isEqualTo(1);
    }

    @Test
    void aPartOfNoKnownTypeEndsTheSectionBeforeIt() throws IOException {
        // given the company presentation followed by a part whose heading is of no known type
        Path file = write("inconnu.pdf", List.of(cover(),
                page(h1("1. Présentation de l'entreprise"), body(25, FRENCH)),
                page(body(25, FRENCH)),
                page(h1("2. Les instruments du laboratoire"), body(25, FRENCH)),
                page(body(25, FRENCH)),
                page(h1("3. Conclusion"), body(12, FRENCH))));
        // when / then the presentation ends where that part starts, which is listed as a heading
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(a.first(SectionType.ENTREPRISE)).map(s -> s.pageDebut() + "-" + s.pageFin()).contains("2-3");
        assertThat(a.headings()).extracting(ReportSection::titre).contains("2. Les instruments du laboratoire");
    }

    @Test
    void anAbstractStopsAtTheFrenchContentsPageThatFollows() throws IOException {
        // given an abstract page followed by a French contents page with dot leaders
        List<L> contents = new ArrayList<>(List.of(h1("Sommaire")));
        for (String entry : List.of("Présentation de l'entreprise", "Activité 1", "Conclusion", "Annexes")) {
            contents.add(new L(entry + " ........................................ " + (contents.size() + 3), 11, false));
        }
        Path file = write("abstract.pdf", List.of(cover(), page(h1("Abstract"), body(6, ENGLISH)), contents,
                page(h1("1. Présentation de l'entreprise"), body(20, FRENCH))));
        // when / then the summary is the English page only
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(a.summaryLanguage()).isEqualTo("en");
        assertThat(a.summaryWords()).isEqualTo(6 * 14);
        assertThat(a.first(SectionType.RESUME_ANGLAIS)).map(ReportSection::pageFin).contains(2);
    }

    @Test
    void aFigureLabelSayingAnnexeIsNotTheAnnexStart() throws IOException {
        // given a diagram label « annexe 1 » in small type in the body, and the real annexes later
        Path file = write("figure.pdf", List.of(cover(),
                page(h1("1. Présentation de l'entreprise"), body(10, FRENCH), new L("annexe 1", 8, true),
                        new L("capteur", 8, false), body(10, FRENCH)),
                page(h1("2. Conclusion"), body(12, FRENCH)),
                page(h1("Annexes"), body(5, FRENCH))));
        // when / then the annexes start at their heading
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(a.annexStart()).isEqualTo(4);
        assertThat(a.pagesBeforeAnnexes()).isEqualTo(3);
    }

    @Test
    void aHeadingOverTwoLinesWithALostLigatureIsRead() throws IOException {
        // given « Présenta*on de » / « l'entreprise d'accueil » (an export lost the « ti » ligature)
        Path file = write("ligature.pdf", List.of(cover(),
                page(h1("Présenta*on de"), h1("l'entreprise d'accueil"), body(20, FRENCH)),
                page(h1("Conclusion"), body(12, FRENCH))));
        // when / then it is the company presentation, its title as one
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(a.first(SectionType.ENTREPRISE)).map(ReportSection::titre)
                .contains("Présenta*on de l'entreprise d'accueil");
    }

    @Test
    void aFieldLineNamingTheCompanyIsNotItsPresentation() throws IOException {
        // given a title page with « Entreprise d'accueil : Mesures SA » and the presentation on p. 4
        Path file = write("champ.pdf", List.of(cover(),
                page(h2("Entreprise d'accueil : Mesures SA"), h2("Tuteur : M. Martin"), body(3, FRENCH)),
                page(h1("Introduction"), body(20, FRENCH)),
                page(h1("1. Présentation de l'entreprise"), body(20, FRENCH))));
        // when / then the presentation starts on p. 4
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(a.first(SectionType.ENTREPRISE)).map(ReportSection::pageDebut).contains(4);
    }

    @Test
    void headingsInBodyTypeAreFoundThroughTheContentsPageAndItsOffset() throws IOException {
        // given headings set like the body text, and a contents page whose printed numbers are
        // the PDF pages minus one (the cover is not numbered)
        List<L> contents = new ArrayList<>(List.of(new L("Sommaire", 11, false)));
        String[][] entries = {{"Présentation de l'entreprise", "2"}, {"Travail effectué", "4"}, {"Conclusion", "5"}};
        for (String[] e : entries) {
            contents.add(new L(e[0] + " ........................................ " + e[1], 11, false));
        }
        // each heading below a line of text, neither larger, bolder nor set apart
        Path file = write("sommaire.pdf", List.of(cover(), contents,
                page(new L("Ce rapport décrit un stage de douze semaines au service métrologie.", 11, false),
                        new L("Présentation de l'entreprise", 11, false), body(25, FRENCH)),
                page(body(25, FRENCH)),
                page(new L("La suite décrit la mission confiée par le tuteur en entreprise.", 11, false),
                        new L("Travail effectué", 11, false), body(25, FRENCH)),
                page(new L("Il reste à dire ce que cette période a apporté au stagiaire.", 11, false),
                        new L("Conclusion", 11, false), body(12, FRENCH))));
        // when / then each heading is where its entry says, one page on
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(starts(a)).containsExactly("ENTREPRISE 3", "ACTIVITE 5", "CONCLUSION 6");
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(StructureReader.contents(new PageLayout(TextLines.of(doc))))
                    .extracting(StructureReader.ContentsEntry::printed).containsExactly(2, 4, 5);
        }
    }

    @Test
    void theProjectsOfAProjectsPartAreCountedAndListed() throws IOException {
        // given a « Projets » part with three projects
        Path file = write("projets.pdf", List.of(cover(),
                page(h1("1. Présentation de l'entreprise"), body(20, FRENCH)),
                page(h1("2. Projets"), h2("2.1 Banc de pression"), body(10, FRENCH)),
                page(h2("2.2 Suivi des étalons"), body(15, FRENCH)),
                page(h2("2.3 Capteurs de température"), body(15, FRENCH)),
                page(h1("3. Conclusion"), body(12, FRENCH))));
        // when / then three activities, their titles and pages given
        ReportAnalysis a = ReportAnalyser.analyse(file);
        assertThat(a.activities()).isEqualTo(3);
        assertThat(a.activityItems()).extracting(s -> s.titre() + " p. " + s.pageDebut())
                .containsExactly("2.1 Banc de pression p. 3", "2.2 Suivi des étalons p. 4", "2.3 Capteurs de température p. 5");
    }
}
