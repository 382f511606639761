package fr.jurye61.io.csv;

import java.util.Map;

/**
 * One data row of an input CSV: its file (relative to the input folder), its 1-based physical
 * line (the header is line 1), its values by normalised column name (missing trailing values
 * read as empty), and whether it holds undecodable bytes or values beyond the header.
 */
public record CsvRow(String fichier, int ligne, Map<String, String> values, boolean undecodable,
        int extraValues) {

    /** The stripped value of a column, or "" when the column is absent or empty. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
