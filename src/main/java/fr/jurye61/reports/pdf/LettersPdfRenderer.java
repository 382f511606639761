package fr.jurye61.reports.pdf;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.LetterFollowUp;
import fr.jurye61.domain.LetterRequest;
import fr.jurye61.domain.RequestText;
import fr.jurye61.reports.AtomicOutput;
import fr.jurye61.reports.FrenchText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * courriers/<school>.pdf: one letter per candidate of a school, each on pages of its own, saying
 * what is missing, why (the clause in words), which file or line it concerns, and by when. The
 * same night gives the same bytes (no clock: the night's date is given).
 */
public final class LettersPdfRenderer {
    private static final float INDENT = 18;

    private LettersPdfRenderer() {
    }

    /** A candidate's letter: whom it is written to and what it asks, with each request's follow-up. */
    public record Letter(Candidate candidate, List<LetterRequest> requests, Map<String, LetterFollowUp> followUps) {
    }

    public static void render(Path target, String sessionLabel, String school, LocalDate night, List<Letter> letters,
            byte[] id) throws IOException {
        List<String> headers = new ArrayList<>();
        try (PdfComposer pdf = new PdfComposer()) {
            for (Letter letter : letters) {
                int first = pdf.newPage();
                write(pdf, sessionLabel, school, night, letter);
                // each letter is printed and sent on its own: its pages are numbered within it
                int pages = pdf.document.getNumberOfPages() - first + 1;
                for (int page = 1; page <= pages; page++) {
                    headers.add("Sous-épreuve E6.1 - courrier à " + letter.candidate().prenom() + " "
                            + letter.candidate().nom() + " (n° " + letter.candidate().numero() + ")"
                            + (pages > 1 ? " - page " + page + " / " + pages : ""));
                }
            }
            pdf.decorate(1, false, page -> headers.get(page - 1));
            AtomicOutput.write(target, out -> pdf.save(out, id));
        }
    }

    private static void write(PdfComposer pdf, String sessionLabel, String school, LocalDate night, Letter letter)
            throws IOException {
        Candidate c = letter.candidate();
        pdf.line(pdf.bold, 12, "Service des examens");
        pdf.line(pdf.regular, 10, sessionLabel);
        pdf.skip(14);
        pdf.line(pdf.regular, 10, "Le " + FrenchText.date(night));
        pdf.skip(10);
        pdf.line(pdf.bold, 11, c.prenom() + " " + c.nom() + " - candidat n° " + c.numero());
        pdf.line(pdf.regular, 10, school.isBlank() ? "Établissement : non renseigné dans l'inscription"
                : "Aux soins de l'établissement : " + school);
        pdf.skip(14);
        pdf.line(pdf.bold, 11, "Objet : sous-épreuve E6.1 (rapport de stage) - éléments à transmettre");
        pdf.skip(8);
        paragraph(pdf, pdf.regular, 10, 0, "Madame, Monsieur,");
        boolean forTheSchool = letter.requests().stream()
                .anyMatch(r -> r.text().addressee() == RequestText.Addressee.ETABLISSEMENT);
        paragraph(pdf, pdf.regular, 10, 0, "Pour que le dossier de la sous-épreuve E6.1 puisse être remis à la commission "
                + "d'interrogation, le service des examens doit recevoir " + (letter.requests().size() == 1
                        ? "l'élément suivant" : "les " + letter.requests().size() + " éléments suivants")
                + (forTheSchool ? " ; ce qui revient à l'établissement est indiqué comme tel." : "."));
        int n = 0;
        for (LetterRequest r : letter.requests()) {
            n++;
            LetterFollowUp followUp = letter.followUps().get(r.regle());
            String who = r.text().addressee() == RequestText.Addressee.ETABLISSEMENT ? " - à fournir par l'établissement"
                    : "";
            keepTogether(pdf, 110);
            paragraph(pdf, pdf.bold, 10, 0, n + ". " + capitalised(r.text().asked()) + who);
            paragraph(pdf, pdf.regular, 9.5f, INDENT, "Pourquoi : " + r.text().reason());
            if (!r.evidence().isEmpty()) {
                paragraph(pdf, pdf.regular, 9.5f, INDENT, (r.evidence().size() == 1 ? "Constaté : " : "Constatés : ")
                        + String.join(" ; ", r.evidence()) + ".");
            }
            LocalDate due = followUp.due();
            String when = due.isBefore(night)
                    ? "Le délai demandé est dépassé depuis le " + FrenchText.date(due) + " : à envoyer sans attendre"
                    : "À envoyer au plus tard le " + FrenchText.date(due);
            paragraph(pdf, pdf.bold, 9.5f, INDENT, when + (followUp.firstAsked().isBefore(night)
                    ? " (demandé pour la première fois le " + FrenchText.date(followUp.firstAsked()) + ")." : "."));
            pdf.skip(4);
        }
        keepTogether(pdf, 90);
        paragraph(pdf, pdf.regular, 10, 0, (letter.requests().size() == 1 ? "Tant que cet élément n'est pas reçu"
                : "Tant que ces éléments ne sont pas reçus") + ", le dossier reste en attente. Pour toute "
                + "question, adressez-vous au service des examens en rappelant votre numéro de candidat ("
                + c.numero() + ").");
        pdf.skip(6);
        paragraph(pdf, pdf.regular, 10, 0, "Le service des examens");
        paragraph(pdf, pdf.regular, 8, 0, "Références : annexe IV B du référentiel du BTS Métiers de la Mesure, "
                + "sous-épreuve E6.1. Courrier établi le " + FrenchText.date(night) + ".");
    }

    /** A new page when fewer than {@code height} points remain. */
    private static void keepTogether(PdfComposer pdf, float height) throws IOException {
        if (pdf.remaining() < height) {
            pdf.newPage();
        }
    }

    /** A wrapped paragraph at {@code indent} from the margin, going on to a new page when the page is full. */
    private static void paragraph(PdfComposer pdf, org.apache.pdfbox.pdmodel.font.PDFont font, float size, float indent,
            String text) throws IOException {
        for (String line : pdf.wrap(font, size, text, PdfComposer.WIDTH - 2 * PdfComposer.MARGIN - indent)) {
            if (pdf.remaining() < size * 1.45f) {
                pdf.newPage();
            }
            pdf.text(font, size, PdfComposer.MARGIN + indent, pdf.y(), line);
            pdf.skip(size * 1.45f);
        }
        pdf.skip(size * 0.6f);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
