package fr.jurye61.io.pdf;

import fr.jurye61.domain.FileState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * A document's state and, when it is usable, what a pack's sanitised copy of it would still
     * carry: the two questions the evaluation asks of a grid, answered from one opening.
     */
    public record Inspection(FileState state, java.util.List<String> leftAfterCleaning) {
        public Inspection {
            leftAfterCleaning = java.util.List.copyOf(leftAfterCleaning);
        }
    }

    /** {@link #probe} and, for a usable file, {@link #leftAfterCleaning}, opening the file once. */
    public static Inspection inspect(Path file) {
        FileState before = precheck(file);
        if (before != FileState.LISIBLE) {
            return new Inspection(before, java.util.List.of());
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache());
        } catch (InvalidPasswordException e) {
            return new Inspection(FileState.CHIFFRE, java.util.List.of());
        } catch (StackOverflowError | OutOfMemoryError e) {
            return new Inspection(FileState.TROP_COMPLEXE, java.util.List.of());
        } catch (IOException | RuntimeException e) {
            return new Inspection(FileState.ENDOMMAGE, java.util.List.of());
        }
        try (document) {
            FileState state = pageState(document);
            if (state != FileState.LISIBLE) {
                return new Inspection(state, java.util.List.of());
            }
            return new Inspection(state, List.copyOf(cleaningLeft(document))) /* sorted: a TreeSet */;
        } catch (IOException e) {
            return new Inspection(FileState.ENDOMMAGE, java.util.List.of()); // as probe: a file that fails to close
        }
    }

    private static FileState pageState(PDDocument document) {
        try {
            return PdfFiles.honestPageCount(document) > 0 ? FileState.LISIBLE : FileState.ENDOMMAGE;
        } catch (StackOverflowError | OutOfMemoryError e) {
            return FileState.TROP_COMPLEXE;
        } catch (RuntimeException e) {
            return FileState.ENDOMMAGE;
        }
    }

    private static java.util.Set<String> cleaningLeft(PDDocument document) {
        try {
            return PdfSanitiser.leftAfterCleaning(document);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return java.util.Set.of(NOT_CLEANED);
        }
    }

    /** What {@link #inspect} says a usable file would keep when its cleaning could not even be tried through. */
    public static final String NOT_CLEANED = "nettoyage impossible";

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
