package fr.jurye61.reports.csv;

import fr.jurye61.reports.AtomicOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of every machine-readable CSV output (output.md): UTF-8 with BOM, ';'
 * separated, header first, CRLF line ends (French Excel opens it as is), and any cell that a
 * spreadsheet would run as a formula neutralised with a leading quote.
 */
public final class CsvReportWriter {
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT)
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private CsvReportWriter() {
    }

    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        AtomicOutput.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CsvReportWriter::neutralise).toList());
            }
            printer.flush();
        });
    }

    /** CSV injection: a cell starting with = + - @ tab or CR is prefixed with '. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
