package fr.jurye61.io.csv;

import fr.jurye61.domain.InputLayout;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.SnapshotEntry;
import java.util.List;
import java.util.function.Function;

/** The CSV files of the input folder (input.md), with their columns and how to read a row. */
public enum InputKind {
    COMMISSIONS(InputLayout.COMMISSIONS, false, true,
            List.of("code_commission", "libelle"),
            List.of("date_interrogation", "lieu"),
            snapshot -> new CommissionRowParser()),
    INSCRIPTIONS(InputLayout.INSCRIPTIONS, true, true,
            List.of("numero_candidat", "nom", "prenom", "voie", "commission"),
            List.of("date_naissance", "statut_fc", "voie_distance", "redoublant", "contrat_particulier",
                    "academie", "etablissement"),
            snapshot -> new CandidateRowParser()),
    PIECES(InputLayout.PIECES, false, false,
            List.of("numero_candidat", "type", "emetteur", "emetteur_type"),
            List.of("date_debut", "date_fin", "quotite", "domaine_metrologie", "reference", "fichier"),
            PieceRowParser::new),
    DEPOTS(InputLayout.DEPOTS, false, false,
            List.of("numero_candidat", "fichier", "depose_le"),
            List.of("vise_structure", "origine"),
            DepositRowParser::new),
    GRILLES(InputLayout.GRILLES, false, false,
            List.of("numero_candidat", "fichier"),
            List.of("etablie_le"),
            GridRowParser::new),
    DECISIONS(InputLayout.DECISIONS, true, false,
            List.of("numero_candidat", "regle", "decision", "auteur", "justification"),
            List.of("date"),
            snapshot -> new RulingRowParser());

    private final String location;
    private final boolean several;
    private final boolean required;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final Function<InputSnapshot, RowParser<?>> parserFactory;

    InputKind(String location, boolean several, boolean required, List<String> requiredColumns,
            List<String> optionalColumns, Function<InputSnapshot, RowParser<?>> parserFactory) {
        this.location = location;
        this.several = several;
        this.required = required;
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
        this.parserFactory = parserFactory;
    }

    /** Where the file lives, as written in input.md. */
    public String location() {
        return location;
    }

    /** A file the run cannot go without: its absence is a configuration error (exit 2). */
    public boolean required() {
        return required;
    }

    public List<String> requiredColumns() {
        return requiredColumns;
    }

    public boolean knownColumn(String column) {
        return requiredColumns.contains(column) || optionalColumns.contains(column);
    }

    /** Rows of these files belong to a candidate, who must be an accepted registration. */
    public boolean referencesCandidates() {
        return this == PIECES || this == DEPOTS || this == GRILLES || this == DECISIONS;
    }

    public RowParser<?> parser(InputSnapshot snapshot) {
        return parserFactory.apply(snapshot);
    }

    /** The folder of a manifest's documents ({@code rapports}), relative to the input folder. */
    public String folder() {
        return InputLayout.folderOf(location);
    }

    /** Where a document named in this manifest stands, relative to the input folder. */
    public String document(String fichier) {
        return folder() + "/" + fichier;
    }

    /**
     * Whether a path of the input folder (relative name) is one of this kind's files, or the folder
     * that holds them (a folder rejected whole: a link leading out).
     */
    public boolean holds(String fichier) {
        return InputSnapshot.matches(location, fichier) || location.contains("/*") && fichier.equals(folder());
    }

    /** The entries of this kind in the night's snapshot, sorted by name. */
    public List<SnapshotEntry> files(InputSnapshot snapshot) {
        return snapshot.at(location);
    }

    /** Every location the night reads: session.properties and each kind's files (input.md). */
    public static List<String> locations() {
        List<String> all = new java.util.ArrayList<>();
        all.add(SESSION_FILE);
        for (InputKind kind : values()) {
            all.add(kind.location());
        }
        return all;
    }

    /** The session calendar and rule parameters, read by io.config. */
    public static final String SESSION_FILE = InputLayout.SESSION;
}
