package fr.jurye61.sample;

import fr.jurye61.reports.pdf.PdfComposer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Builds the synthetic PDFs of a sample session: reports, evaluation grids, certificates. The
 * report layout has the variations real exports have (with or without contents page, running
 * header naming the section, bookmarks, large or plain headings), so tests build their report
 * fixtures with it too.
 */
public final class SampleDocuments {

    /** One top-level part of a report: its heading, what to fill it with, and its length. */
    public record Section(String heading, List<String> bank, int pages, boolean english) {
        /** French body text (an activity's vocabulary). */
        public static Section french(String heading, int pages) {
            return new Section(heading, TextBank.ACTIVITE, pages, false);
        }

        /** English text of the plan's summaryWords words, on one page. */
        public static Section english(String heading) {
            return new Section(heading, List.of(), 1, true);
        }
    }

    /** How a report is laid out. */
    public record Style(boolean tableOfContents, boolean runningHeaderNamesSection, boolean pageNumbers,
            boolean largeHeadings, boolean wordLike) {
        public static final Style STANDARD = new Style(true, false, true, true, false);
        /** As a word processor exports: embedded TrueType fonts and photos. */
        public static final Style WORD = new Style(true, false, true, true, true);

        public Style(boolean tableOfContents, boolean runningHeaderNamesSection, boolean pageNumbers,
                boolean largeHeadings) {
            this(tableOfContents, runningHeaderNamesSection, pageNumbers, largeHeadings, false);
        }
    }

    /** A system TrueType font pair for Word-like reports, if the machine has one. */
    static java.util.Optional<Path[]> systemFonts() {
        List<Path[]> candidates = List.of(
                new Path[] {Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                        Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")},
                new Path[] {Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
                        Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf")});
        return candidates.stream().filter(p -> Files.isRegularFile(p[0]) && Files.isRegularFile(p[1])).findFirst();
    }

    /** A photo-like picture: smooth colours and grain, from the seed. */
    static java.awt.image.BufferedImage photo(Random random) {
        int w = 640;
        int h = 400;
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int r0 = random.nextInt(200);
        int g0 = random.nextInt(200);
        int b0 = random.nextInt(200);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int noise = random.nextInt(24);
                int r = Math.min(255, r0 + x * 55 / w + noise);
                int g = Math.min(255, g0 + y * 55 / h + noise);
                int b = Math.min(255, b0 + (x + y) * 40 / (w + h) + noise);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /** What a report holds. */
    public record ReportPlan(String numero, String nomPrenom, String entreprise, String sessionLabel,
            List<Section> body, int annexPages, boolean bookmarks, int summaryWords, Style style) {

        /** A plan for tests: given sections, annexes, no bookmarks, standard layout. */
        public static ReportPlan of(List<Section> body, int annexPages, int summaryWords) {
            return new ReportPlan("T01", "Test Candidat", "Laboratoire Test", "BTS Métiers de la Mesure — session 2027",
                    body, annexPages, false, summaryWords, Style.STANDARD);
        }

        public ReportPlan with(Style other) {
            return new ReportPlan(numero, nomPrenom, entreprise, sessionLabel, body, annexPages, bookmarks,
                    summaryWords, other);
        }

        public ReportPlan withBookmarks() {
            return new ReportPlan(numero, nomPrenom, entreprise, sessionLabel, body, annexPages, true, summaryWords,
                    style);
        }
    }

    /** The E6.1 competences the grid evaluates (Annexe IV B §1). */
    static final List<String> COMPETENCES = List.of(
            "C01 : Adopter des comportements professionnels",
            "C02-C03 : Communiquer à l'oral, à l'écrit, y compris en anglais",
            "C04 : Prendre en compte la démarche QSSE dans ses activités",
            "C05 : Travailler en équipe, s'impliquer dans un travail collaboratif",
            "C06 : Organiser et planifier une activité en tenant compte des contraintes",
            "C10 : Valider les méthodes, techniques ou équipements et proposer des évolutions",
            "C14 : Utiliser les outils numériques de post traitement des données pour l'analyse",
            "C16 : Gérer le suivi d'instruments de mesure");
    private static final List<String> LEVELS = List.of("Non maîtrisé", "Insuffisant", "Satisfaisant", "Très satisfaisant");

    private SampleDocuments() {
    }

    public static void report(Path target, ReportPlan plan, Random random) throws IOException {
        Style style = plan.style();
        java.util.Optional<Path[]> fonts = style.wordLike() ? systemFonts() : java.util.Optional.empty();
        try (PdfComposer pdf = fonts.isPresent() ? new PdfComposer(fonts.get()[0], fonts.get()[1]) : new PdfComposer()) {
            // Page numbers are planned first so the table of contents can name them.
            List<Integer> starts = new ArrayList<>();
            int page = style.tableOfContents() ? 3 : 2;
            for (Section section : plan.body()) {
                starts.add(page);
                page += section.pages();
            }
            int annexStart = page;

            pdf.newPage();
            pdf.skip(120);
            pdf.centered(pdf.bold, 20, "Rapport de stage en milieu professionnel");
            pdf.centered(pdf.regular, 13, plan.sessionLabel());
            pdf.skip(40);
            pdf.centered(pdf.bold, 14, plan.nomPrenom());
            pdf.centered(pdf.regular, 11, "Candidat n° " + plan.numero());
            pdf.skip(30);
            pdf.centered(pdf.regular, 12, "Structure d'accueil : " + plan.entreprise());
            pdf.centered(pdf.regular, 11, "Sous-épreuve E6.1 - Gestion et mise en oeuvre d'instruments en milieu professionnel");

            if (style.tableOfContents()) {
                pdf.newPage();
                pdf.line(pdf.bold, 16, "Sommaire");
                pdf.skip(12);
                for (int i = 0; i < plan.body().size(); i++) {
                    pdf.leaderLine(11, plan.body().get(i).heading(), starts.get(i));
                }
                if (plan.annexPages() > 0) {
                    pdf.leaderLine(11, "Annexes", annexStart);
                }
            }

            List<String> headers = new ArrayList<>();
            headers.add("");
            if (style.tableOfContents()) {
                headers.add("Sommaire");
            }
            for (Section section : plan.body()) {
                for (int p = 0; p < section.pages(); p++) {
                    pdf.newPage();
                    headers.add(section.heading());
                    if (p == 0) {
                        if (style.largeHeadings()) {
                            pdf.line(pdf.bold, 15, section.heading());
                        } else {
                            pdf.line(pdf.regular, 11, section.heading());
                        }
                        pdf.skip(8);
                    }
                    if (section.english()) {
                        pdf.paragraph(pdf.regular, 11, TextBank.english(random, plan.summaryWords()));
                    } else {
                        if (style.wordLike() && p == 1) {
                            pdf.image(photo(random), 220);
                        }
                        fill(pdf, random, section.bank());
                    }
                }
            }
            for (int p = 0; p < plan.annexPages(); p++) {
                pdf.newPage();
                headers.add("Annexes");
                pdf.line(style.largeHeadings() ? pdf.bold : pdf.regular, style.largeHeadings() ? 15 : 11,
                        p == 0 ? "Annexes" : "Annexe " + (p + 1));
                pdf.skip(8);
                pdf.paragraph(pdf.regular, 11, TextBank.paragraph(random, TextBank.ANNEXE, 2));
                fill(pdf, random, TextBank.ANNEXE);
            }
            String running = "Rapport de stage - " + plan.nomPrenom() + " - " + plan.sessionLabel();
            pdf.decorate(2, style.pageNumbers(),
                    page1 -> style.runningHeaderNamesSection() ? "Rapport de stage - " + headers.get(page1 - 1) : running);
            if (plan.bookmarks()) {
                PDDocumentOutline outline = new PDDocumentOutline();
                for (int i = 0; i < plan.body().size(); i++) {
                    outline.addLast(bookmark(pdf, plan.body().get(i).heading(), starts.get(i)));
                }
                if (plan.annexPages() > 0) {
                    outline.addLast(bookmark(pdf, "Annexes", annexStart));
                }
                pdf.document.getDocumentCatalog().setDocumentOutline(outline);
            }
            save(pdf, target, "rapport-" + plan.numero());
        }
    }

    private static PDOutlineItem bookmark(PdfComposer pdf, String title, int page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(pdf.document.getPage(page - 1));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private static void fill(PdfComposer pdf, Random random, List<String> bank) throws IOException {
        while (pdf.paragraph(pdf.regular, 11, TextBank.paragraph(random, bank, 3 + random.nextInt(3)))) {
            // one more paragraph while it fits
        }
    }

    public static void grid(Path target, String numero, String nomPrenom, String sessionLabel, Random random)
            throws IOException {
        try (PdfComposer pdf = new PdfComposer()) {
            pdf.newPage();
            pdf.centered(pdf.bold, 14, "Grille d'évaluation - Sous-épreuve E6.1");
            pdf.centered(pdf.regular, 10, "Gestion et mise en oeuvre d'instruments en milieu professionnel (U6.1)");
            pdf.centered(pdf.regular, 10, sessionLabel);
            pdf.skip(10);
            pdf.line(pdf.regular, 11, "Candidat : " + nomPrenom + "    N° " + numero);
            pdf.skip(6);
            float x = PdfComposer.MARGIN;
            float levelX = 330;
            pdf.text(pdf.bold, 9, x, pdf.y(), "Compétence évaluée");
            for (int l = 0; l < LEVELS.size(); l++) {
                pdf.text(pdf.bold, 7, levelX + l * 52, pdf.y(), LEVELS.get(l));
            }
            pdf.skip(14);
            for (String competence : COMPETENCES) {
                List<String> lines = pdf.wrap(pdf.regular, 9, competence, levelX - x - 10);
                float top = pdf.y();
                for (String l : lines) {
                    pdf.line(pdf.regular, 9, l);
                }
                int level = 2 + random.nextInt(2);
                pdf.text(pdf.bold, 10, levelX + level * 52 + 20, top, "X");
                pdf.rule(x, pdf.y() + 6, PdfComposer.WIDTH - x, pdf.y() + 6);
                pdf.skip(6);
            }
            pdf.skip(16);
            pdf.line(pdf.bold, 11, "Note proposée : " + (11 + random.nextInt(8)) + " / 20");
            pdf.skip(20);
            pdf.line(pdf.regular, 10, "Le professeur (nom, signature) :                Le tuteur en entreprise (nom, signature) :");
            save(pdf, target, "grille-" + numero);
        }
    }

    public static void certificate(Path target, String title, List<String> lines, String id) throws IOException {
        try (PdfComposer pdf = new PdfComposer()) {
            pdf.newPage();
            pdf.centered(pdf.bold, 16, title);
            pdf.skip(20);
            for (String line : lines) {
                pdf.paragraph(pdf.regular, 11, line);
            }
            pdf.skip(40);
            pdf.line(pdf.regular, 11, "Fait pour servir et valoir ce que de droit. Signature et cachet :");
            save(pdf, target, id);
        }
    }

    private static void save(PdfComposer pdf, Path target, String id) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            pdf.save(out, id);
        }
    }
}
