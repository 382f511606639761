package fr.jurye61.rules;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.CheckedGrid;
import fr.jurye61.domain.CheckedPiece;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Small candidate files for rule tests, built in a few readable calls. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Session 2027 with the default thresholds of input.md. */
    public static SessionParameters session() {
        return session(12, 8);
    }

    public static SessionParameters session(int weeks, int minimumWeeks) {
        return new SessionParameters("2027", OffsetDateTime.parse("2027-05-12T23:59:59+02:00"),
                LocalDate.parse("2027-06-08"), LocalDate.parse("2026-06-09"), "BTS MM 2027",
                weeks, minimumWeeks, 50, 2, 4, 4, 100, 450, 182, 365, 36, 15);
    }

    public static Dossier scolaire() {
        return new Dossier(Voie.SCOLAIRE, null);
    }

    public static Dossier apprenti() {
        return new Dossier(Voie.APPRENTISSAGE, null);
    }

    public static Dossier fc(StatutFc statut) {
        return new Dossier(Voie.FORMATION_CONTINUE, statut);
    }

    public static Dossier experience() {
        return new Dossier(Voie.EXPERIENCE_PRO, null);
    }

    /** A candidate file under construction. */
    public static final class Dossier {
        private final Voie voie;
        private final StatutFc statut;
        private boolean redoublant;
        private boolean contratParticulier;
        private boolean commissionKnown = true;
        private final List<CheckedPiece> pieces = new ArrayList<>();
        private final List<Deposit> deposits = new ArrayList<>();
        private final List<CheckedGrid> grids = new ArrayList<>();
        private int line = 2;
        private fr.jurye61.domain.ReportAnalysis report;
        private List<String> sameReportAs = List.of();

        public Dossier rapport(fr.jurye61.domain.ReportAnalysis analysis) {
            this.report = analysis;
            return this;
        }

        public Dossier memeRapportQue(String... others) {
            this.sameReportAs = List.of(others);
            return this;
        }

        Dossier(Voie voie, StatutFc statut) {
            this.voie = voie;
            this.statut = statut;
        }

        public Dossier redoublant() {
            redoublant = true;
            return this;
        }

        public Dossier contratParticulier() {
            contratParticulier = true;
            return this;
        }

        public Dossier commissionInconnue() {
            commissionKnown = false;
            return this;
        }

        private SourceRef next(String file) {
            return new SourceRef(file, line++);
        }

        public Dossier piece(PieceType type, EmetteurType emetteur, String debut, String fin, int quotite,
                boolean metrologie, String reference, FileState state) {
            pieces.add(new CheckedPiece(new Piece("P01", type, "Émetteur", emetteur,
                    debut == null ? null : LocalDate.parse(debut), fin == null ? null : LocalDate.parse(fin), quotite,
                    metrologie, reference, state == FileState.NON_FOURNI ? null : "scans/x.pdf",
                    next("pieces/pieces.csv")), state));
            return this;
        }

        public Dossier stage(String debut, String fin) {
            return piece(PieceType.ATTESTATION_STAGE, EmetteurType.STRUCTURE_ACCUEIL, debut, fin, 100, true, "CONV-1",
                    FileState.LISIBLE);
        }

        public Dossier stageSansConvention(String debut, String fin) {
            return piece(PieceType.ATTESTATION_STAGE, EmetteurType.STRUCTURE_ACCUEIL, debut, fin, 100, true, null,
                    FileState.LISIBLE);
        }

        public Dossier stageIllisible(String debut, String fin, FileState state) {
            return piece(PieceType.ATTESTATION_STAGE, EmetteurType.STRUCTURE_ACCUEIL, debut, fin, 100, true, "CONV-1",
                    state);
        }

        public Dossier recteur(PieceType type) {
            return piece(type, EmetteurType.RECTEUR, null, null, 100, true, "DEC-1", FileState.LISIBLE);
        }

        public Dossier decisionPar(PieceType type, EmetteurType emetteur) {
            return piece(type, emetteur, null, null, 100, true, "X-1", FileState.LISIBLE);
        }

        public Dossier contrat(PieceType type, String debut, String fin) {
            return piece(type, EmetteurType.EMPLOYEUR, debut, fin, 100, true, null, FileState.LISIBLE);
        }

        public Dossier travail(String debut, String fin, int quotite, boolean metrologie) {
            return piece(PieceType.CERTIFICAT_TRAVAIL, EmetteurType.EMPLOYEUR, debut, fin, quotite, metrologie, null,
                    FileState.LISIBLE);
        }

        public Dossier depot(String deposeLe, boolean vise, Origine origine) {
            deposits.add(new Deposit("P01", "P01/r" + line + ".pdf", Instant.parse(deposeLe), vise, origine,
                    next("rapports/depots.csv")));
            return this;
        }

        public Dossier depotDansLesDelais() {
            return depot("2027-05-02T08:15:00Z", true, Origine.NOUVEAU);
        }

        public Dossier grille(FileState state) {
            grids.add(new CheckedGrid(new Grid("P01", "P01.pdf", null, next("grilles/grilles.csv")), state));
            return this;
        }

        /** A readable grid whose copy for the pack would still carry {@code left}. */
        public Dossier grilleActive(String... left) {
            grids.add(new CheckedGrid(new Grid("P01", "P01-" + line + ".pdf", null, next("grilles/grilles.csv")),
                    FileState.LISIBLE, List.of(left)));
            return this;
        }

        public CandidateFile build() {
            Candidate candidate = new Candidate("P01", "Martin", "Lucas", null, voie, statut, null, redoublant,
                    contratParticulier, null, null, "C01", new SourceRef("inscriptions/a.csv", 2));
            return new CandidateFile(candidate, List.copyOf(pieces), List.copyOf(deposits), List.copyOf(grids),
                    commissionKnown, report, sameReportAs);
        }
    }

    /** A conforming report analysis (as the analyser would give it), to be altered by each test. */
    public static fr.jurye61.domain.ReportAnalysis rapportConforme() {
        return analysis(30, 27, List.of(
                section(fr.jurye61.domain.SectionType.ENTREPRISE, "Présentation de l'entreprise", 3, 5),
                section(fr.jurye61.domain.SectionType.JURIDIQUE, "Analyse juridique", 6, 8),
                section(fr.jurye61.domain.SectionType.ACTIVITE, "Activité 1", 9, 14),
                section(fr.jurye61.domain.SectionType.ACTIVITE, "Activité 2", 15, 19),
                section(fr.jurye61.domain.SectionType.QSSE, "Démarche QSSE", 20, 22),
                section(fr.jurye61.domain.SectionType.CONCLUSION, "Conclusion", 23, 24),
                section(fr.jurye61.domain.SectionType.RESUME_ANGLAIS, "Summary", 25, 25),
                section(fr.jurye61.domain.SectionType.ANNEXES, "Annexes", 26, 30)), 2, "en", 200, List.of());
    }

    public static fr.jurye61.domain.ReportSection section(fr.jurye61.domain.SectionType type, String titre, int debut,
            int fin) {
        return new fr.jurye61.domain.ReportSection(type, titre, debut, fin);
    }

    public static fr.jurye61.domain.ReportAnalysis analysis(int pages, Integer annexStart,
            List<fr.jurye61.domain.ReportSection> sections, int activities, String language, int words,
            List<String> active) {
        return new fr.jurye61.domain.ReportAnalysis("a".repeat(64), FileState.LISIBLE, pages, true, annexStart,
                annexStart == null ? pages : annexStart - 1, false, sections, activities, language, words, active,
                List.of());
    }

    /** Runs one rule as the engine does: nothing when it does not apply. */
    public static List<Finding> run(Rule rule, CandidateFile file, SessionParameters session) {
        return rule.appliesTo(file, session) ? rule.check(file, session) : List.of();
    }

    /**
     * What the engine records of one rule for one candidate: respected (it applied and did not
     * fire), a finding, or not applicable. An empty list of findings says neither of the first and
     * the last apart: a test of a rule that stays silent says which it means.
     */
    public static CheckResult verdict(Rule rule, CandidateFile file, SessionParameters session) {
        if (!rule.appliesTo(file, session)) {
            return CheckResult.NON_APPLICABLE;
        }
        return rule.check(file, session).isEmpty() ? CheckResult.RESPECTEE : CheckResult.CONSTAT;
    }
}
