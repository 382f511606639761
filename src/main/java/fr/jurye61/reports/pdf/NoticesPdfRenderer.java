package fr.jurye61.reports.pdf;

import fr.jurye61.domain.JuryNotice;
import fr.jurye61.reports.AtomicOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** notices/president-jury.pdf: the notices, printable, one section per commission. */
public final class NoticesPdfRenderer {
    private NoticesPdfRenderer() {
    }

    public static void render(Path target, String sessionLabel, List<JuryNotice> notices, byte[] id) throws IOException {
        Map<String, List<JuryNotice>> byCommission = new LinkedHashMap<>();
        notices.forEach(n -> byCommission.computeIfAbsent(n.commission(), k -> new java.util.ArrayList<>()).add(n));
        try (PdfComposer pdf = new PdfComposer()) {
            pdf.newPage();
            pdf.centered(pdf.bold, 16, "Information du président du jury");
            pdf.centered(pdf.regular, 11, "Sous-épreuve E6.1 - " + sessionLabel);
            pdf.skip(8);
            pdf.paragraph(pdf.regular, 9, "Candidats admis à se présenter au titre d'une autorisation rectorale pour "
                    + "force majeure (annexe IV B, §2.1.2 et §4), et candidats dont le rapport est non conforme, "
                    + "entraînant la mention « non validé » (§4).");
            if (notices.isEmpty()) {
                pdf.line(pdf.bold, 11, "Aucun candidat à signaler.");
            }
            for (Map.Entry<String, List<JuryNotice>> commission : byCommission.entrySet()) {
                if (pdf.remaining() < 80) {
                    pdf.newPage();
                }
                pdf.skip(6);
                pdf.line(pdf.bold, 12, "Commission " + commission.getKey());
                for (JuryNotice n : commission.getValue()) {
                    if (pdf.remaining() < 20) {
                        pdf.newPage();
                    }
                    float y = pdf.y();
                    pdf.text(pdf.regular, 10, PdfComposer.MARGIN, y, n.numero());
                    pdf.text(pdf.regular, 10, PdfComposer.MARGIN + 90, y, n.nom() + " " + n.prenom());
                    pdf.text(pdf.regular, 10, PdfComposer.MARGIN + 300, y,
                            n.motif() == JuryNotice.Motif.FORCE_MAJEURE ? "Force majeure (stage partiel autorisé)"
                                    : "Non validé (rapport non conforme)");
                    pdf.skip(15);
                }
            }
            pdf.decorate(1, true, p -> "Information du président du jury - " + sessionLabel);
            AtomicOutput.write(target, out -> pdf.save(out, id));
        }
    }
}
