package fr.jurye61.io.pdf;

import fr.jurye61.domain.FileState;
import fr.jurye61.domain.ReportAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a report the way a careful clerk would: opens it once (one PDDocument, temp-file
 * stream cache), sets running headers and footers and the contents pages apart
 * ({@link PageLayout}), reads the headings and their levels from the outline, the contents page
 * and the typography ({@link StructureReader}), decides the report's parts from them
 * ({@link ReportStructure}), and measures what §2.1.3 asks. Stateless: one call per file, safe to run on several threads.
 */
public final class ReportAnalyser {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportAnalyser.class);
    /** Bumped whenever a change can alter an analysis: cached analyses of older versions are redone. */
    public static final String VERSION = "4";

    /** Below this many characters per page on average, the PDF is taken for a scan. */
    static final int MIN_CHARS_PER_PAGE = 20;

    private ReportAnalyser() {
    }

    public static ReportAnalysis analyse(Path file) {
        return analyse(file, sha256(file));
    }

    /** Analyses a file whose SHA-256 is known already (a night's snapshot hashed it). */
    public static ReportAnalysis analyse(Path file, String sha) {
        FileState before = PdfProbe.precheck(file);
        if (before != FileState.LISIBLE) {
            return ReportAnalysis.unreadable(sha, before);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache())) {
            return analyse(document, sha);
        } catch (InvalidPasswordException e) {
            return ReportAnalysis.unreadable(sha, FileState.CHIFFRE);
        } catch (TextLines.TooComplex e) {
            LOG.warn("{}: analysis stopped at its limits ({})", file, e.getMessage());
            return ReportAnalysis.unreadable(sha, FileState.TROP_COMPLEXE);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // A hostile file (deep nesting, a structure that lies about its size) must not stop the night.
            LOG.warn("{}: {} while analysing: treated as too complex", file, e.getClass().getSimpleName());
            return ReportAnalysis.unreadable(sha, FileState.TROP_COMPLEXE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: unreadable ({})", file, e.toString(), e);
            return ReportAnalysis.unreadable(sha, FileState.ENDOMMAGE);
        }
    }

    /**
     * Reads the document, then checks what a pack's sanitised copy of it would keep (cleaning
     * changes the document, so it comes last: the outline's actions are read first).
     */
    static ReportAnalysis analyse(PDDocument document, String sha) throws IOException {
        ReportAnalysis analysis = read(document, sha);
        return analysis.readable() ? analysis.withLeftAfterCleaning(List.copyOf(PdfSanitiser.leftAfterCleaning(document)))
                : analysis;
    }

    private static ReportAnalysis read(PDDocument document, String sha) throws IOException {
        int pages = PdfFiles.honestPageCount(document);
        if (pages <= 0) {
            return ReportAnalysis.unreadable(sha, FileState.ENDOMMAGE);
        }
        List<String> active = List.copyOf(ActiveContent.scan(document));
        List<TextLines.Page> text = TextLines.of(document);
        int chars = text.stream().flatMap(p -> p.lines().stream()).mapToInt(l -> printed(l.text())).sum();
        if (chars < MIN_CHARS_PER_PAGE * pages) {
            return new ReportAnalysis(sha, FileState.LISIBLE, pages, false, null, pages, false, List.of(), 0, "?", 0,
                    active, List.of());
        }
        PageLayout layout = new PageLayout(text);
        StructureReader.Structure structure = StructureReader.read(document, layout);
        ReportStructure report = ReportStructure.of(structure.headings(), layout);

        String language = "?";
        int words = 0;
        StructureReader.Heading summary = report.summary();
        if (summary != null) {
            String summaryText = report.textOf(summary);
            language = LanguageGuesser.guess(summaryText);
            words = LanguageGuesser.countWords(summaryText);
        }
        return new ReportAnalysis(sha, FileState.LISIBLE, pages, true, report.annexStart(), report.pagesBeforeAnnexes(),
                structure.fromOutline(), report.sections(), report.activityCount(), language, words, active, List.of(),
                report.topLevel(), report.activityItems());
    }

    /** The characters of a line that are not blanks (the blanks \\s means). */
    private static int printed(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r') {
                n++;
            }
        }
        return n;
    }

    /** The file's SHA-256, or null when it cannot be read. */
    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return PdfFiles.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }
}
