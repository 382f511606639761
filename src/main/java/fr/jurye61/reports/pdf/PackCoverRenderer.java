package fr.jurye61.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cover of a commission pack, in French: session, commission, date and place of the
 * interviews, then the candidates with their number, name and first page in the pack.
 */
public final class PackCoverRenderer {
    static final int FIRST_PAGE_ROWS = 22;
    static final int NEXT_PAGE_ROWS = 34;

    private PackCoverRenderer() {
    }

    /** One line of the candidate list. */
    public record Row(String numero, String nom, String prenom, int gridPages, int reportPages) {
    }

    /** What the cover says about the commission. */
    public record Header(String sessionLabel, String code, String libelle, String date, String lieu) {
    }

    /** How many pages the cover takes for this many candidates (so first pages can be computed). */
    public static int pages(int candidates) {
        if (candidates <= FIRST_PAGE_ROWS) {
            return 1;
        }
        return 1 + (candidates - FIRST_PAGE_ROWS + NEXT_PAGE_ROWS - 1) / NEXT_PAGE_ROWS;
    }

    public static void render(Path target, Header header, List<Row> rows, byte[] id) throws IOException {
        try (PdfComposer pdf = new PdfComposer()) {
            int coverPages = pages(rows.size());
            pdf.newPage();
            pdf.centered(pdf.bold, 18, "Dossier de la commission d'interrogation");
            pdf.centered(pdf.regular, 12, "Sous-épreuve E6.1 - Gestion et mise en oeuvre d'instruments en milieu professionnel");
            pdf.centered(pdf.regular, 12, header.sessionLabel());
            pdf.skip(14);
            pdf.line(pdf.bold, 12, "Commission " + header.code() + " : " + header.libelle());
            pdf.line(pdf.regular, 11, "Date d'interrogation : " + (header.date() == null ? "non précisée" : header.date()));
            pdf.line(pdf.regular, 11, "Lieu : " + (header.lieu() == null ? "non précisé" : header.lieu()));
            pdf.skip(6);
            pdf.paragraph(pdf.regular, 9, "Ce dossier contient, pour chaque candidat interrogé par la commission, la grille "
                    + "d'évaluation puis le rapport de stage : les deux seuls documents communiqués à la commission "
                    + "(annexe IV B, §2.1.4). Les contenus actifs (scripts, actions, fichiers joints) en ont été retirés.");
            if (rows.isEmpty()) {
                pdf.line(pdf.bold, 11, "Aucun candidat à interroger à ce jour.");
            } else {
                pdf.line(pdf.bold, 11, rows.size() + " candidat" + (rows.size() > 1 ? "s" : "") + " :");
                tableHeader(pdf);
            }
            int page = coverPages + 1;
            int onPage = 0;
            int capacity = FIRST_PAGE_ROWS;
            for (Row row : rows) {
                if (onPage == capacity) {
                    pdf.newPage();
                    tableHeader(pdf);
                    onPage = 0;
                    capacity = NEXT_PAGE_ROWS;
                }
                float y = pdf.y();
                pdf.text(pdf.regular, 10, PdfComposer.MARGIN, y, row.numero());
                pdf.text(pdf.regular, 10, PdfComposer.MARGIN + 90, y, row.nom() + " " + row.prenom());
                pdf.text(pdf.regular, 10, PdfComposer.MARGIN + 330, y, "p. " + page);
                pdf.text(pdf.regular, 10, PdfComposer.MARGIN + 390, y, row.gridPages() + " + " + row.reportPages() + " p.");
                pdf.skip(15);
                page += row.gridPages() + row.reportPages();
                onPage++;
            }
            pdf.decorate(1, true, p -> "Commission " + header.code() + " - " + header.sessionLabel());
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                pdf.save(out, id);
            }
        }
    }

    private static void tableHeader(PdfComposer pdf) throws IOException {
        float y = pdf.y();
        pdf.text(pdf.bold, 10, PdfComposer.MARGIN, y, "Numéro");
        pdf.text(pdf.bold, 10, PdfComposer.MARGIN + 90, y, "Nom et prénom");
        pdf.text(pdf.bold, 10, PdfComposer.MARGIN + 330, y, "Début");
        pdf.text(pdf.bold, 10, PdfComposer.MARGIN + 390, y, "Grille + rapport");
        pdf.skip(17);
    }
}
