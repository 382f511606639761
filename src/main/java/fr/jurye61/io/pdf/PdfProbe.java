package fr.jurye61.io.pdf;

import fr.jurye61.domain.FileState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Tells whether a document's file can be used: present, non-empty, a PDF, openable without a
 * user password, and complete. PDFBox silently repairs a truncated file, so the end-of-file
 * marker is checked first: a repaired fragment must not pass for the document.
 */
public final class PdfProbe {
    private static final int HEAD = 1024;
    private static final int TAIL = 2048;

    private PdfProbe() {
    }

    public static FileState probe(Path file) {
        FileState before = precheck(file);
        if (before != FileState.LISIBLE) {
            return before;
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache())) {
            return PdfFiles.honestPageCount(document) > 0 ? FileState.LISIBLE : FileState.ENDOMMAGE;
        } catch (InvalidPasswordException e) {
            return FileState.CHIFFRE;
        } catch (StackOverflowError | OutOfMemoryError e) {
            return FileState.TROP_COMPLEXE;
        } catch (IOException | RuntimeException e) {
            return FileState.ENDOMMAGE;
        }
    }

    /** What {@link #leftAfterCleaning} says of a file whose cleaning could not even be tried through. */
    public static final String NOT_CLEANED = "nettoyage impossible";

    /**
     * What a pack's sanitised copy of a readable file would still carry (empty when it is clean).
     * When the check itself fails, the file is not taken for clean: the pack could not hold it.
     */
    public static java.util.Set<String> leftAfterCleaning(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache())) {
            return PdfSanitiser.leftAfterCleaning(document);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return java.util.Set.of(NOT_CLEANED);
        }
    }

    /**
     * What can be told without parsing: missing, empty, not a PDF, or truncated (no end-of-file
     * marker). LISIBLE here only means « worth opening ».
     */
    public static FileState precheck(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return FileState.MANQUANT;
            }
            long size = Files.size(file);
            if (size == 0) {
                return FileState.VIDE;
            }
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                if (!contains(read(raf, 0, (int) Math.min(HEAD, size)), "%PDF-")) {
                    return FileState.PAS_UN_PDF;
                }
                long from = Math.max(0, size - TAIL);
                String tail = read(raf, from, (int) (size - from));
                if (!tail.contains("%%EOF") || !tail.contains("startxref")) {
                    return FileState.ENDOMMAGE;
                }
            }
            return FileState.LISIBLE;
        } catch (IOException | RuntimeException e) {
            return FileState.ENDOMMAGE;
        }
    }

    private static String read(RandomAccessFile raf, long from, int length) throws IOException {
        byte[] bytes = new byte[length];
        raf.seek(from);
        raf.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static boolean contains(String text, String marker) {
        return text.contains(marker);
    }
}
