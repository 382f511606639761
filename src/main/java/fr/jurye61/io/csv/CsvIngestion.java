package fr.jurye61.io.csv;

import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.SnapshotEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the files of one input kind into ingestion items: header checks first, then rows. */
public final class CsvIngestion {

    private CsvIngestion() {
    }

    /** The items of one kind's files, and how many data rows each file accounts for (the reconciliation). */
    public record Read(List<IngestionItem> items, Map<String, Integer> rowsByFile) {
    }

    /** Every item of every file of {@code kind} in the night's snapshot, in file then line order. */
    public static Read read(InputSnapshot snapshot, InputKind kind) {
        List<IngestionItem> items = new ArrayList<>();
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (SnapshotEntry entry : kind.files(snapshot)) {
            String name = entry.chemin();
            Rejection unread = unread(entry);
            if (unread != null) {
                items.add(new IngestionItem.Rejected(unread));
                rows.put(name, 0);
                continue;
            }
            CsvTable table = CsvTableReader.read(snapshot.content(name).orElseThrow(), name);
            items.addAll(read(table, kind));
            rows.put(name, table.dataRowCount());
        }
        return new Read(items, rows);
    }

    /** Why a file of the snapshot is not read at all, or null when it is a file to read. */
    private static Rejection unread(SnapshotEntry entry) {
        String name = entry.chemin();
        return switch (entry.nature()) {
            case FICHIER -> null;
            case LIEN_EXTERIEUR -> Rejection.ofFile(name, RejectionCode.CHEMIN_INTERDIT,
                    "Lien symbolique menant hors du dossier d'entrée : le fichier n'est pas lu.", 0);
            case NON_REGULIER -> Rejection.ofFile(name, RejectionCode.FICHIER_ILLISIBLE,
                    "Ce n'est pas un fichier ordinaire (tube, périphérique…) : il n'est pas lu.", 0);
            case TROP_VOLUMINEUX -> Rejection.ofFile(name, RejectionCode.FICHIER_TROP_VOLUMINEUX, "Fichier de "
                    + (entry.taille() >> 20) + " Mio, trop volumineux pour un fichier d'entrée : il n'est pas lu.", 0);
            case ILLISIBLE -> Rejection.ofFile(name, RejectionCode.FICHIER_ILLISIBLE,
                    "Fichier illisible (droits d'accès ou erreur de lecture) : il n'est pas lu.", 0);
        };
    }

    static List<IngestionItem> read(CsvTable table, InputKind kind) {
        List<IngestionItem> items = new ArrayList<>();
        if (table.fileRejection() != null) {
            items.add(new IngestionItem.Rejected(table.fileRejection()));
            return items;
        }
        List<String> missing = kind.requiredColumns().stream().filter(c -> !table.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            items.add(new IngestionItem.Rejected(Rejection.ofFile(table.fichier(), RejectionCode.COLONNES_MANQUANTES,
                    "Colonne(s) obligatoire(s) absente(s) : " + String.join(", ", missing)
                            + ". Colonnes trouvées : " + String.join(", ", table.header())
                            + ". Le fichier entier est rejeté (" + table.dataRowCount() + " ligne(s)).",
                    table.dataRowCount())));
            return items;
        }
        for (String column : table.header()) {
            if (!column.isEmpty() && !kind.knownColumn(column)) {
                items.add(IngestionItem.notice(new Notice(table.fichier(), 1, "COLONNE_INCONNUE",
                        "Colonne inconnue « " + column + " » ignorée.")));
            }
        }
        table.rows().forEach(row -> items.add(new IngestionItem.Row(row)));
        if (table.tailRejection() != null) {
            items.add(new IngestionItem.Rejected(table.tailRejection()));
        }
        return items;
    }

    /** Parses one row: accepted record, or a rejection naming the file, line, field and value. */
    public static IngestionItem ingest(CsvRow row, RowParser<?> parser) {
        if (row.undecodable()) {
            return reject(row, RejectionCode.ENCODAGE_INVALIDE, "Octets invalides en UTF-8 comme en "
                    + "Windows-1252 : la ligne ne peut pas être lue sans altérer ses valeurs.");
        }
        if (row.extraValues() > 0) {
            return reject(row, RejectionCode.COLONNES_EN_TROP, row.extraValues()
                    + " valeur(s) au-delà des colonnes de l'en-tête (séparateur dans une valeur non protégée "
                    + "par des guillemets ?).");
        }
        try {
            return new IngestionItem.Accepted(parser.parse(new Fields(row), new SourceRef(row.fichier(), row.ligne())));
        } catch (InvalidValueException e) {
            return reject(row, e.code(), e.getMessage());
        }
    }

    private static IngestionItem.Rejected reject(CsvRow row, RejectionCode code, String message) {
        return new IngestionItem.Rejected(Rejection.ofRow(row.fichier(), row.ligne(), code, message));
    }
}
