package fr.jurye61;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds small input folders for functional tests, file by file. */
public final class SessionFixture {
    public static final String SESSION = """
            session=2027
            date_limite_depot=2027-05-12T23:59:59+02:00
            date_examen=2027-06-08
            date_examen_session_precedente=2026-06-09
            """;

    private final Path root;

    public SessionFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public SessionFixture file(String relative, String content) throws IOException {
        return file(relative, content, StandardCharsets.UTF_8);
    }

    public SessionFixture file(String relative, String content, Charset charset) throws IOException {
        Path target = root.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, content.getBytes(charset));
        return this;
    }

    /** A one-page PDF with a line of text, standing for a scan, a grid or a report. */
    public SessionFixture pdf(String relative, String text) throws IOException {
        Path target = root.resolve(relative);
        Files.createDirectories(target.getParent());
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream content =
                    new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(target.toFile());
        }
        return this;
    }

    /** A conforming report of 18 pages, different for each candidate number (no RAPPORT-DOUBLON). */
    public SessionFixture report(String relative, String numero) throws IOException {
        Path target = root.resolve(relative);
        fr.jurye61.sample.SampleDocuments.ReportPlan plan = fr.jurye61.io.pdf.ReportFixtures.standard();
        plan = new fr.jurye61.sample.SampleDocuments.ReportPlan(numero, "Candidat " + numero, plan.entreprise(),
                plan.sessionLabel(), plan.body(), plan.annexPages(), false, plan.summaryWords(), plan.style());
        fr.jurye61.sample.SampleDocuments.report(target, plan, new java.util.Random(numero.hashCode()));
        return this;
    }

    /** A small session that exercises every kind of file and most rejection codes. */
    public static SessionFixture small(Path root) throws IOException {
        return new SessionFixture(root)
                .file("session.properties", SESSION)
                .file("commissions.csv", """
                        code_commission;libelle;date_interrogation;lieu
                        C01;Commission 1 — Lyon;2027-06-08;Lyon
                        C02;Commission 2 — Grenoble;2027-06-09;Grenoble
                        C02;Commission 2 — Grenoble;2027-06-09;Grenoble
                        """)
                .file("inscriptions/a.csv", "\uFEFF" + """
                        numero_candidat;nom;prenom;voie;statut_fc;redoublant;commission
                        P01;Martin;Lucas;scolaire;;non;C01
                        P02;Bernard;Emma;Formation continue;perfectionnement;;C01
                        ../x;Intrus;Eve;scolaire;;non;C01
                        P03;Petit;Léa;scolaire;;non;C02
                        P03;Petit;Léa;SCOLAIRE;;n;C02
                        P04;Durand;Paul;scolaire;;non;C01
                        P04;Durand;Pierre;scolaire;;non;C01
                        """)
                .file("inscriptions/b.csv", """
                        numero_candidat,nom,prenom,voie,commission,date_naissance
                        P05,Noël,Françoise,scolaire,C02,14/03/2005
                        """, Charset.forName("windows-1252"))
                .file("pieces/pieces.csv", """
                        numero_candidat;type;emetteur;emetteur_type;date_debut;date_fin;reference;fichier
                        P01;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;C-1;scans/P01.pdf
                        P04;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;C-2;scans/P04.pdf
                        P03;attestation_stage;Labo;structure_accueil;2026-07-24;2026-05-04;C-3;scans/P03.pdf
                        P05;attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;C-4;../../etc/passwd
                        """)
                .file("rapports/depots.csv", """
                        numero_candidat;fichier;vise_structure
                        P01;P01/rapport.pdf;oui
                        """)
                .file("grilles/grilles.csv", """
                        numero_candidat;fichier;etablie_le
                        P01;P01.pdf;2027-04-20
                        P99;P99.pdf;2027-04-20
                        """)
                .file("decisions/service.csv", """
                        numero_candidat;regle;decision;auteur;justification;date;commentaire
                        P01;RAPPORT-VISA-ABSENT;leve;DEC;Visa reçu;2027-05-20;
                        """);
    }

    /**
     * Candidates A01…An of one commission C01, each with a stage, a report deposited on time with its
     * visa and a grid: every one INTERROGE.
     */
    public static Path interviewed(Path root, int candidates) throws IOException {
        StringBuilder inscriptions = new StringBuilder("numero_candidat;nom;prenom;voie;commission\n");
        StringBuilder pieces = new StringBuilder("numero_candidat;type;emetteur;emetteur_type;date_debut;date_fin;reference\n");
        StringBuilder depots = new StringBuilder("numero_candidat;fichier;depose_le;vise_structure\n");
        StringBuilder grilles = new StringBuilder("numero_candidat;fichier\n");
        SessionFixture fixture = new SessionFixture(root).file("session.properties", SessionFixture.SESSION)
                .file("commissions.csv", "code_commission;libelle;date_interrogation\nC01;Commission 1;2027-06-08\n");
        for (int i = 1; i <= candidates; i++) {
            String n = String.format(java.util.Locale.ROOT, "A%02d", i);
            inscriptions.append(n).append(";Nom").append(n).append(";Prénom;scolaire;C01\n");
            pieces.append(n).append(";attestation_stage;Labo;structure_accueil;2026-05-04;2026-07-24;CONV-").append(n)
                    .append('\n');
            depots.append(n).append(';').append(n).append(".pdf;2027-05-02T10:00:00+02:00;oui\n");
            grilles.append(n).append(';').append(n).append(".pdf\n");
            fixture.report("rapports/" + n + ".pdf", n).pdf("grilles/" + n + ".pdf", "Grille " + n);
        }
        return fixture.file("inscriptions/a.csv", inscriptions.toString()).file("pieces/pieces.csv", pieces.toString())
                .file("rapports/depots.csv", depots.toString()).file("grilles/grilles.csv", grilles.toString()).root();
    }

}
