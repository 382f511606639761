package fr.jurye61.sample;

import fr.jurye61.io.csv.TextDecoder;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a realistic synthetic session folder (input.md): every path, every document type,
 * reports built like real BTS reports. The same seed gives the same bytes, so benchmarks and
 * tests can regenerate it at any size.
 */
public final class SampleSessionGenerator {
    static final String SESSION_LABEL = "BTS Métiers de la Mesure — session 2027";
    static final LocalDate EXAM = LocalDate.of(2027, 6, 8);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    /** The situations a candidate can be in; the generator cycles through them. */
    enum Profile {
        SCOLAIRE, APPRENTI, SCOLAIRE_BIS, FC_PERFECTIONNEMENT, SCOLAIRE_REDUCTION, EXPERIENCE_PRO,
        DISTANCE_SCOLAIRE, SCOLAIRE_DEUX_STAGES, FC_PREMIERE_FORMATION, APPRENTI_ATTESTATION_EMPLOYEUR,
        SCOLAIRE_FORCE_MAJEURE, FC_RECONVERSION_CONTRAT, SCOLAIRE_REDEPOT_TARDIF, APPRENTI_REDOUBLANT,
        SCOLAIRE_DISPENSE, REDOUBLANT_SCOLAIRE, SCOLAIRE_STAGE_COURT, SCOLAIRE_SANS_VISA, SCOLAIRE_SANS_RAPPORT,
        SCOLAIRE_SANS_GRILLE
    }

    private static final List<String> NOMS = List.of("Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard",
            "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David",
            "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
            "Vincent", "Müller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
            "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin",
            "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Noël", "Besnard", "Côté", "Œhmichen");
    private static final List<String> PRENOMS = List.of("Lucas", "Emma", "Hugo", "Léa", "Louis", "Chloé",
            "Gabriel", "Manon", "Jules", "Camille", "Nathan", "Inès", "Adam", "Sarah", "Arthur", "Jade", "Raphaël",
            "Louise", "Léo", "Alice", "Maël", "Lina", "Noah", "Zoé", "Ethan", "Rose", "Tom", "Anaïs", "Paul",
            "Lou", "Mathis", "Julia", "Victor", "Margaux", "Sacha", "Nina", "Timéo", "Mila", "Axel", "Éloïse",
            "Maxime", "Elsa", "Enzo", "Romane", "Lucie", "Théo", "Clara", "Liam", "Agathe", "Nolan", "Hélène");
    private static final List<String> ENTREPRISES = List.of("Laboratoire Mesures Rhône", "Métrologie Alpes",
            "Capteurs & Co", "Étalonnage Services", "Mesures Industrielles SA", "Thermo Contrôle Isère",
            "Dimensions et Précision", "Labo Pression Dauphiné");
    private static final List<String[]> LYCEES = List.of(
            new String[] {"Lycée Jean Perrin", "Lyon"}, new String[] {"Lycée Édouard Branly", "Lyon"},
            new String[] {"Lycée Vaucanson", "Grenoble"}, new String[] {"Lycée Léonard de Vinci", "Villefontaine"},
            new String[] {"Lycée Ampère", "Lyon"});

    private final Path out;
    private final int candidateCount;
    private final int commissionCount;
    private final Random random;
    private final SampleDocuments.Style style;

    private final List<List<String>> lyon = new ArrayList<>();
    private final List<List<String>> grenoble = new ArrayList<>();
    private final List<List<String>> pieces = new ArrayList<>();
    private final List<List<String>> depots = new ArrayList<>();
    private final List<List<String>> grilles = new ArrayList<>();
    private final List<List<String>> rulings = new ArrayList<>();

    public SampleSessionGenerator(Path out, int candidateCount, int commissionCount, long seed) {
        this(out, candidateCount, commissionCount, seed, false);
    }

    /** @param wordLike reports as a word processor exports them: embedded fonts, photos, about 30 pages */
    public SampleSessionGenerator(Path out, int candidateCount, int commissionCount, long seed, boolean wordLike) {
        this.out = out;
        this.candidateCount = candidateCount;
        this.commissionCount = commissionCount;
        this.random = new Random(seed);
        this.style = wordLike ? SampleDocuments.Style.WORD : SampleDocuments.Style.STANDARD;
    }

    /** Writes the whole session; the folder must not exist or be empty. */
    public void generate() throws IOException {
        Files.createDirectories(out);
        try (var entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new IOException("le dossier " + out + " n'est pas vide");
            }
        }
        Files.writeString(out.resolve("session.properties"), String.join("\n",
                "# Session de démonstration générée par jury-e61 generate-sample",
                "session=2027",
                "date_limite_depot=2027-05-12T23:59:59+02:00",
                "date_examen=2027-06-08",
                "date_examen_session_precedente=2026-06-09",
                "libelle=" + SESSION_LABEL, ""), StandardCharsets.UTF_8);
        List<List<String>> commissions = new ArrayList<>();
        for (int c = 1; c <= commissionCount; c++) {
            String[] lycee = LYCEES.get((c - 1) % LYCEES.size());
            commissions.add(List.of(commission(c), "Commission " + c + " — " + lycee[0] + ", " + lycee[1],
                    EXAM.plusDays(c - 1).toString(), lycee[1]));
        }
        csv(out.resolve("commissions.csv"), StandardCharsets.UTF_8, ';',
                List.of("code_commission", "libelle", "date_interrogation", "lieu"), commissions);
        for (int i = 0; i < candidateCount; i++) {
            candidate(i);
        }
        csv(out.resolve("inscriptions/lyon.csv"), StandardCharsets.UTF_8, ';', INSCRIPTION_HEADER, lyon);
        if (!grenoble.isEmpty()) {
            // French Excel's own export: Windows-1252, ',' and dd/MM/yyyy dates.
            csv(out.resolve("inscriptions/grenoble.csv"), TextDecoder.WINDOWS_1252, ',', INSCRIPTION_HEADER, grenoble);
        }
        csv(out.resolve("pieces/pieces.csv"), StandardCharsets.UTF_8, ';', List.of("numero_candidat", "type",
                "emetteur", "emetteur_type", "date_debut", "date_fin", "quotite", "domaine_metrologie", "reference",
                "fichier"), pieces);
        csv(out.resolve("rapports/depots.csv"), StandardCharsets.UTF_8, ';', List.of("numero_candidat", "fichier",
                "depose_le", "vise_structure", "origine"), depots);
        csv(out.resolve("grilles/grilles.csv"), StandardCharsets.UTF_8, ';', List.of("numero_candidat", "fichier",
                "etablie_le"), grilles);
        csv(out.resolve("decisions/decisions.csv"), StandardCharsets.UTF_8, ';', List.of("numero_candidat", "regle",
                "decision", "auteur", "justification", "date"), rulings);
    }

    private static final List<String> INSCRIPTION_HEADER = List.of("numero_candidat", "nom", "prenom",
            "date_naissance", "voie", "statut_fc", "voie_distance", "redoublant", "contrat_particulier", "academie",
            "etablissement", "commission");

    private static String commission(int c) {
        return String.format(Locale.ROOT, "C%02d", c);
    }

    private void candidate(int i) throws IOException {
        Profile profile = Profile.values()[i % Profile.values().length];
        String numero = String.format(Locale.ROOT, "E61-%04d", i + 1);
        String nom = NOMS.get(random.nextInt(NOMS.size()));
        String prenom = PRENOMS.get(random.nextInt(PRENOMS.size()));
        String entreprise = ENTREPRISES.get(random.nextInt(ENTREPRISES.size()));
        boolean grenobleFile = i % 4 == 3;
        LocalDate naissance = LocalDate.of(2004 + random.nextInt(3), 1 + random.nextInt(12), 1 + random.nextInt(28));

        String voie = "scolaire";
        String statutFc = "";
        String voieDistance = "";
        boolean redoublant = false;
        boolean contratParticulier = false;
        switch (profile) {
            case APPRENTI, APPRENTI_ATTESTATION_EMPLOYEUR -> voie = "apprentissage";
            case APPRENTI_REDOUBLANT -> {
                voie = "apprentissage";
                redoublant = true;
            }
            case FC_PERFECTIONNEMENT -> {
                voie = "formation_continue";
                statutFc = "perfectionnement";
            }
            case FC_PREMIERE_FORMATION -> {
                voie = "formation_continue";
                statutFc = "premiere_formation";
            }
            case FC_RECONVERSION_CONTRAT -> {
                voie = "Formation continue";
                statutFc = "reconversion";
                contratParticulier = true;
            }
            case EXPERIENCE_PRO -> voie = "experience_pro";
            case DISTANCE_SCOLAIRE -> {
                voie = "distance";
                voieDistance = "scolaire";
            }
            case REDOUBLANT_SCOLAIRE -> redoublant = true;
            default -> {
                // scolaire
            }
        }
        String[] lycee = LYCEES.get(i % LYCEES.size());
        List<String> row = List.of(numero, nom, prenom, grenobleFile ? naissance.format(FRENCH_DATE) : naissance.toString(),
                voie, statutFc, voieDistance, redoublant ? "oui" : "non", contratParticulier ? "oui" : "non",
                grenobleFile ? "Grenoble" : "Lyon", lycee[0], commission(i % commissionCount + 1));
        (grenobleFile ? grenoble : lyon).add(row);

        LocalDate stageStart = LocalDate.of(2026, 5, 4);
        switch (profile) {
            case APPRENTI -> piece(numero, "contrat_apprentissage", entreprise, "employeur",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), "", "", "CA-" + numero);
            case APPRENTI_ATTESTATION_EMPLOYEUR -> piece(numero, "attestation_employeur", entreprise, "employeur",
                    null, null, "", "", "");
            case APPRENTI_REDOUBLANT -> {
                piece(numero, "contrat_apprentissage", entreprise, "employeur",
                        LocalDate.of(2024, 9, 1), LocalDate.of(2026, 8, 31), "", "", "CA-" + numero);
                piece(numero, "prorogation_contrat", entreprise, "employeur",
                        LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), "", "", "PR-" + numero);
            }
            case FC_PERFECTIONNEMENT -> piece(numero, "certificat_travail", entreprise, "employeur",
                    LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 31), "100", "oui", "");
            case FC_RECONVERSION_CONTRAT -> piece(numero, "certificat_travail", entreprise, "employeur",
                    LocalDate.of(2025, 9, 1), LocalDate.of(2027, 6, 30), "100", "oui", "");
            case EXPERIENCE_PRO -> {
                piece(numero, "certificat_travail", entreprise, "employeur",
                        LocalDate.of(2021, 9, 1), LocalDate.of(2024, 12, 31), "100", "oui", "");
                piece(numero, "certificat_travail", "Boulangerie du Centre", "employeur",
                        LocalDate.of(2019, 1, 1), LocalDate.of(2020, 6, 30), "50", "non", "");
            }
            case SCOLAIRE_REDUCTION -> {
                stage(numero, entreprise, stageStart, stageStart.plusWeeks(10).minusDays(3));
                piece(numero, "decision_reduction", "Rectorat de Lyon", "recteur", null, null, "", "",
                        "DEC-2026-" + (100 + i));
            }
            case SCOLAIRE_FORCE_MAJEURE -> {
                stage(numero, entreprise, stageStart, stageStart.plusWeeks(9).minusDays(3));
                piece(numero, "autorisation_force_majeure", "Rectorat de Lyon", "recteur", null, null, "", "",
                        "FM-2026-" + (100 + i));
            }
            case SCOLAIRE_DEUX_STAGES -> {
                stage(numero, entreprise, stageStart, stageStart.plusWeeks(6).minusDays(3));
                stage(numero, "Métrologie Alpes", stageStart.plusWeeks(6), stageStart.plusWeeks(12).minusDays(3));
            }
            case SCOLAIRE_DISPENSE -> piece(numero, "dispense", "Rectorat de Lyon", "recteur", null, null, "", "",
                    "VAE-2026-" + i);
            case REDOUBLANT_SCOLAIRE -> stage(numero, entreprise, LocalDate.of(2025, 5, 5), LocalDate.of(2025, 7, 25));
            case SCOLAIRE_STAGE_COURT -> stage(numero, entreprise, stageStart, stageStart.plusWeeks(10).minusDays(3));
            default -> stage(numero, entreprise, stageStart, stageStart.plusWeeks(12).minusDays(3));
        }

        if (profile != Profile.SCOLAIRE_SANS_RAPPORT) {
            String file = numero + "/rapport.pdf";
            SampleDocuments.report(out.resolve("rapports").resolve(file), plan(numero, nom + " " + prenom, entreprise),
                    random);
            depots.add(List.of(numero, file, String.format(Locale.ROOT, "2027-05-%02dT%02d:15:00+02:00",
                    2 + random.nextInt(9), 8 + random.nextInt(12)), profile == Profile.SCOLAIRE_SANS_VISA ? "non" : "oui",
                    profile == Profile.REDOUBLANT_SCOLAIRE ? "session_precedente" : "nouveau"));
            if (profile == Profile.SCOLAIRE_REDEPOT_TARDIF) {
                String late = numero + "/rapport-v2.pdf";
                SampleDocuments.report(out.resolve("rapports").resolve(late),
                        plan(numero, nom + " " + prenom, entreprise), random);
                depots.add(List.of(numero, late, "13/05/2027 00:30", "oui", "nouveau"));
            }
            if (profile == Profile.SCOLAIRE_SANS_VISA) {
                rulings.add(List.of(numero, "RAPPORT-VISA-ABSENT", "leve", "Service des examens — DEC",
                        "Visa de la structure reçu par courrier", "2027-05-20"));
            }
        }
        if (profile != Profile.SCOLAIRE_SANS_GRILLE) {
            SampleDocuments.grid(out.resolve("grilles").resolve(numero + ".pdf"), numero, nom + " " + prenom,
                    SESSION_LABEL, random);
            grilles.add(List.of(numero, numero + ".pdf", "2027-04-" + (10 + random.nextInt(15))));
        }
    }

    private SampleDocuments.ReportPlan plan(String numero, String nomPrenom, String entreprise) {
        List<SampleDocuments.Section> body = new ArrayList<>();
        body.add(new SampleDocuments.Section(pick("1. Présentation de l'entreprise", "1. Présentation de la structure d'accueil",
                "I - L'entreprise d'accueil", "1. Présentation du laboratoire"), TextBank.ENTREPRISE, 2 + random.nextInt(3), false));
        body.add(new SampleDocuments.Section(pick("2. Analyse juridique", "2. Contexte juridique", "II - Cadre réglementaire",
                "2. Environnement juridique"), TextBank.JURIDIQUE, 2 + random.nextInt(2), false));
        body.add(new SampleDocuments.Section(pick("3. Activité 1 : étalonnage de thermomètres",
                "3. Description et analyse de l'activité n°1", "III - Activité 1"), TextBank.ACTIVITE,
                4 + random.nextInt(4) + (style.wordLike() ? 5 : 0), false));
        int n = 4;
        if (random.nextInt(10) < 7) {
            body.add(new SampleDocuments.Section(n + ". Activité 2 : suivi du parc d'instruments", TextBank.ACTIVITE,
                    3 + random.nextInt(3) + (style.wordLike() ? 3 : 0), false));
            n++;
        }
        body.add(new SampleDocuments.Section(n++ + ". " + pick("Démarche QSSE", "Qualité, sécurité, santé, environnement",
                "Démarche qualité"), TextBank.QSSE, 2 + random.nextInt(2), false));
        body.add(new SampleDocuments.Section(n++ + ". " + pick("Conclusion", "Conclusion technique et personnelle", "Bilan"),
                TextBank.CONCLUSION, 1, false));
        body.add(new SampleDocuments.Section(n + ". " + pick("Summary", "English summary", "Résumé en anglais"),
                List.of(), 1, true));
        return new SampleDocuments.ReportPlan(numero, nomPrenom, entreprise, SESSION_LABEL, body, 2 + random.nextInt(7),
                random.nextInt(3) == 0, 150 + random.nextInt(150), style);
    }

    private String pick(String... forms) {
        return forms[random.nextInt(forms.length)];
    }

    private void stage(String numero, String entreprise, LocalDate start, LocalDate end) throws IOException {
        piece(numero, "attestation_stage", entreprise, "structure_accueil", start, end, "", "",
                "CONV-2026-" + numero.substring(4));
    }

    private void piece(String numero, String type, String emetteur, String emetteurType, LocalDate start,
            LocalDate end, String quotite, String metrologie, String reference) throws IOException {
        String file = "scans/" + numero + "-" + type + "-" + pieces.size() + ".pdf";
        List<String> lines = new ArrayList<>();
        lines.add("Émetteur : " + emetteur + ".");
        lines.add("Candidat n° " + numero + ".");
        if (start != null) {
            lines.add("Période : du " + start.format(FRENCH_DATE) + " au " + end.format(FRENCH_DATE) + ".");
        }
        if (!reference.isEmpty()) {
            lines.add("Référence : " + reference + ".");
        }
        SampleDocuments.certificate(out.resolve("pieces").resolve(file), title(type), lines, numero + "-" + pieces.size());
        pieces.add(List.of(numero, type, emetteur, emetteurType, start == null ? "" : start.toString(),
                end == null ? "" : end.toString(), quotite, metrologie, reference, file));
    }

    private static String title(String type) {
        return switch (type) {
            case "attestation_stage" -> "Attestation de stage";
            case "contrat_apprentissage" -> "Contrat d'apprentissage (extrait)";
            case "attestation_employeur" -> "Attestation de l'employeur";
            case "prorogation_contrat" -> "Avenant de prorogation du contrat d'apprentissage";
            case "certificat_travail" -> "Certificat de travail";
            case "decision_reduction" -> "Décision rectorale de réduction de la durée de stage";
            case "dispense" -> "Décision rectorale de dispense de stage";
            default -> "Autorisation rectorale (force majeure)";
        };
    }

    private static void csv(Path file, Charset charset, char delimiter, List<String> header, List<List<String>> rows)
            throws IOException {
        Files.createDirectories(file.getParent());
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(delimiter)
                .setRecordSeparator("\r\n").get();
        try (Writer writer = Files.newBufferedWriter(file, charset); CSVPrinter printer = new CSVPrinter(writer, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
    }
}
