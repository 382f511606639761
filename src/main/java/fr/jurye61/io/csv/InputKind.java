package fr.jurye61.io.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/** The CSV files of the input folder (input.md), with their columns and how to read a row. */
public enum InputKind {
    COMMISSIONS("commissions.csv", false, true,
            List.of("code_commission", "libelle"),
            List.of("date_interrogation", "lieu"),
            root -> new CommissionRowParser()),
    INSCRIPTIONS("inscriptions/*.csv", true, true,
            List.of("numero_candidat", "nom", "prenom", "voie", "commission"),
            List.of("date_naissance", "statut_fc", "voie_distance", "redoublant", "contrat_particulier",
                    "academie", "etablissement"),
            root -> new CandidateRowParser()),
    PIECES("pieces/pieces.csv", false, false,
            List.of("numero_candidat", "type", "emetteur", "emetteur_type"),
            List.of("date_debut", "date_fin", "quotite", "domaine_metrologie", "reference", "fichier"),
            root -> new PieceRowParser(root.resolve("pieces"))),
    DEPOTS("rapports/depots.csv", false, false,
            List.of("numero_candidat", "fichier", "depose_le"),
            List.of("vise_structure", "origine"),
            root -> new DepositRowParser(root.resolve("rapports"))),
    GRILLES("grilles/grilles.csv", false, false,
            List.of("numero_candidat", "fichier"),
            List.of("etablie_le"),
            root -> new GridRowParser(root.resolve("grilles"))),
    DECISIONS("decisions/*.csv", true, false,
            List.of("numero_candidat", "regle", "decision", "auteur", "justification"),
            List.of("date"),
            root -> new RulingRowParser());

    private final String location;
    private final boolean several;
    private final boolean required;
    private final List<String> requiredColumns;
    private final List<String> optionalColumns;
    private final Function<Path, RowParser<?>> parserFactory;

    InputKind(String location, boolean several, boolean required, List<String> requiredColumns,
            List<String> optionalColumns, Function<Path, RowParser<?>> parserFactory) {
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

    public RowParser<?> parser(Path inputRoot) {
        return parserFactory.apply(inputRoot);
    }

    /** The files of this kind present under the input folder, sorted by name. */
    public List<Path> files(Path inputRoot) throws IOException {
        if (!several) {
            Path file = inputRoot.resolve(location);
            return Files.isRegularFile(file) ? List.of(file) : List.of();
        }
        Path folder = inputRoot.resolve(location.substring(0, location.indexOf('/')));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A file of the input folder that is really inside it: a symbolic link leading out is never
     * followed (no file outside --input is ever read).
     */
    public static boolean insideInput(Path inputRoot, Path file) {
        try {
            return file.toRealPath().startsWith(inputRoot.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** The name written in rejets.csv: relative to the input folder, with forward slashes. */
    public static String relativeName(Path inputRoot, Path file) {
        return inputRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
