package fr.jurye61.io.csv;

import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads one input CSV as input.md describes it: encoding and delimiter detected, header
 * normalised, every data row kept with its physical line number. It never throws for bad
 * content: what cannot be read comes back as a rejection.
 */
public final class CsvTableReader {

    private CsvTableReader() {
    }

    /** Above this size an input CSV is refused whole, before it is read into memory. */
    static long maxBytes() {
        return Long.getLong("jury.csv.max-mb", 64) << 20;
    }

    /** Above this many header columns a file is refused whole (input.md's files have at most 13). */
    static int maxColumns() {
        return Integer.getInteger("jury.csv.max-colonnes", 200);
    }

    /** Above this many data rows a file is refused whole (a session has a few thousand candidates). */
    static int maxRows() {
        return Integer.getInteger("jury.csv.max-lignes", 100_000);
    }

    /**
     * @param file    the file to read
     * @param fichier its name relative to the input folder, as written in rejets.csv
     */
    public static CsvTable read(Path file, String fichier) {
        TextDecoder.Decoded decoded;
        try {
            long size = Files.size(file);
            if (size > maxBytes()) {
                return new CsvTable(fichier, null, ';', List.of(), List.of(), Rejection.ofFile(fichier,
                        RejectionCode.FICHIER_TROP_VOLUMINEUX, "Fichier de " + (size >> 20) + " Mio, au-delà des "
                                + (maxBytes() >> 20) + " Mio admis pour un fichier CSV : il n'est pas lu.", 0), null);
            }
            decoded = TextDecoder.decode(Files.readAllBytes(file));
        } catch (TextDecoder.Utf16Exception e) {
            return new CsvTable(fichier, null, ';', List.of(), List.of(), Rejection.ofFile(fichier,
                    RejectionCode.ENCODAGE_INVALIDE, "Fichier illisible : " + e.getMessage(), 0), null);
        } catch (IOException e) {
            return unreadable(fichier, null, "Fichier illisible : " + e.getMessage() + ".");
        }
        String text = decoded.text();
        int firstLineEnd = firstLineBreak(text);
        String headerLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        if (headerLine.isBlank()) {
            return unreadable(fichier, decoded,
                    "Fichier vide ou sans ligne d'en-tête : la première ligne doit nommer les colonnes.");
        }
        char delimiter = detectDelimiter(headerLine);
        LineIndex lines = new LineIndex(text);
        int columns = countColumns(headerLine, delimiter);
        if (columns > maxColumns()) {
            // counted before parsing: a header of 400 000 columns would cost gigabytes once split into rows
            return new CsvTable(fichier, decoded.charset(), delimiter, List.of(), List.of(), Rejection.ofFile(fichier,
                    RejectionCode.FICHIER_TROP_VOLUMINEUX, "En-tête de " + columns + " colonnes, au-delà des "
                            + maxColumns() + " admises : le fichier entier est rejeté (mauvais fichier déposé ?).",
                    lines.nonBlankLinesFrom(2)), null);
        }
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                .setAllowMissingColumnNames(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(name -> name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            Set<String> seen = new HashSet<>();
            for (String name : header) {
                if (!name.isEmpty() && !seen.add(name)) {
                    return new CsvTable(fichier, decoded.charset(), delimiter, header, List.of(),
                            Rejection.ofFile(fichier, RejectionCode.COLONNE_EN_DOUBLE, "La colonne « " + name
                                    + " » figure deux fois dans l'en-tête : le fichier entier est rejeté.",
                                    lines.nonBlankLinesFrom(2)), null);
                }
            }
            return readRows(parser, fichier, decoded, delimiter, header, lines);
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            RejectionCode code = reason.toLowerCase(Locale.ROOT).contains("duplicate")
                    ? RejectionCode.COLONNE_EN_DOUBLE : RejectionCode.FICHIER_ILLISIBLE;
            return new CsvTable(fichier, decoded.charset(), delimiter, List.of(), List.of(),
                    Rejection.ofFile(fichier, code, "En-tête illisible (" + reason
                            + ") : le fichier entier est rejeté.", lines.nonBlankLinesFrom(2)), null);
        }
    }

    private static CsvTable readRows(CSVParser parser, String fichier, TextDecoder.Decoded decoded, char delimiter,
            List<String> header, LineIndex lines) {
        List<CsvRow> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        long lastLine = parser.getCurrentLineNumber();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (RuntimeException e) {
                int from = lines.nextNonBlankLine((int) lastLine + 1);
                int covered = Math.max(1, lines.nonBlankLinesFrom(from));
                Rejection tail = Rejection.ofRow(fichier, from, RejectionCode.CSV_MALFORME,
                        "Syntaxe CSV invalide à partir de cette ligne (guillemet non fermé ?) : cette ligne et les "
                                + covered + " ligne(s) suivante(s) ne peuvent pas être lues.");
                tail = new Rejection(tail.fichier(), tail.ligne(), tail.code(), tail.message(), covered);
                return new CsvTable(fichier, decoded.charset(), delimiter, header, rows, null, tail);
            }
            lastLine = parser.getCurrentLineNumber();
            if (rows.size() == maxRows()) {
                return new CsvTable(fichier, decoded.charset(), delimiter, header, List.of(), Rejection.ofFile(fichier,
                        RejectionCode.FICHIER_TROP_VOLUMINEUX, "Plus de " + maxRows() + " lignes de données : le "
                                + "fichier entier est rejeté (mauvais fichier déposé ?).", lines.nonBlankLinesFrom(2)),
                        null);
            }
            Map<String, String> values = new LinkedHashMap<>();
            boolean undecodable = false;
            for (int i = 0; i < header.size(); i++) {
                String value = i < record.size() ? record.get(i) : "";
                undecodable |= value.indexOf(TextDecoder.UNDECODABLE) >= 0;
                if (!header.get(i).isEmpty()) {
                    values.put(header.get(i), value);
                }
            }
            int extra = 0;
            for (int i = header.size(); i < record.size(); i++) {
                undecodable |= record.get(i).indexOf(TextDecoder.UNDECODABLE) >= 0;
                if (!record.get(i).isBlank()) {
                    extra++;
                }
            }
            rows.add(new CsvRow(fichier, lines.lineOf(lines.skipLineBreaks((int) record.getCharacterPosition())), values,
                    undecodable,
                    extra));
        }
        return new CsvTable(fichier, decoded.charset(), delimiter, header, rows, null, null);
    }

    private static CsvTable unreadable(String fichier, TextDecoder.Decoded decoded, String message) {
        return new CsvTable(fichier, decoded == null ? null : decoded.charset(), ';', List.of(), List.of(),
                Rejection.ofFile(fichier, RejectionCode.FICHIER_ILLISIBLE, message, 0), null);
    }

    /** Where the first line ends: LF, CRLF or a lone CR (old Mac exports). */
    private static int firstLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** How many columns a header line names (delimiters outside quotes, plus one). */
    private static int countColumns(String headerLine, char delimiter) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == delimiter) {
                count++;
            }
        }
        return count;
    }

    /** ';' (French Excel) or ',', whichever the header line uses more outside quotes. */
    static char detectDelimiter(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** Maps character positions of the decoded text to 1-based physical lines. */
    private static final class LineIndex {
        private final int[] starts;
        private final String text;

        LineIndex(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // LF, CRLF and a lone CR each end a line, as the CSV parser reads them
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** A record's position may point at the empty lines the parser skipped before it. */
        int skipLineBreaks(int position) {
            int p = position;
            while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
                p++;
            }
            return p;
        }

        int lineOf(int position) {
            int index = Arrays.binarySearch(starts, position);
            return index >= 0 ? index + 1 : -index - 1;
        }

        private String line(int number) {
            int start = starts[number - 1];
            int end = number < starts.length ? starts[number] : text.length();
            return text.substring(start, end);
        }

        int nextNonBlankLine(int from) {
            int line = Math.max(from, 1);
            while (line <= starts.length && line(line).isBlank()) {
                line++;
            }
            return Math.min(line, starts.length);
        }

        int nonBlankLinesFrom(int from) {
            int count = 0;
            for (int line = Math.max(from, 1); line <= starts.length; line++) {
                if (!line(line).isBlank()) {
                    count++;
                }
            }
            return count;
        }
    }
}
