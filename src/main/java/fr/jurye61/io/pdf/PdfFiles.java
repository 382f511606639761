package fr.jurye61.io.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Small file facts shared by the PDF tools: hashes and stable document IDs. */
public final class PdfFiles {
    private PdfFiles() {
    }

    /** Per document: up to 32 MiB of decoded streams in memory, the rest in temp files (bounded memory). */
    private static final long MEMORY_PER_DOCUMENT = 32L << 20;

    /** Per document: at most this much decoded data in all (a decompression bomb fails, not the run). */
    static long maxDecodedBytes() {
        return Long.getLong("jury.pdf.max-decode-mb", 512) << 20;
    }

    /** Per document: how long its analysis may take before it is given up as too complex. */
    public static long budgetMillis() {
        return Long.getLong("jury.pdf.budget-ms", 30_000);
    }

    public static org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction streamCache() {
        return org.apache.pdfbox.io.MemoryUsageSetting.setupMixed(MEMORY_PER_DOCUMENT, maxDecodedBytes()).streamCache;
    }

    /**
     * The page count a reader would see, or -1 when the page tree lies (its /Count differs from
     * the pages actually reachable, as with a looping tree) or has no page at all.
     */
    public static int honestPageCount(org.apache.pdfbox.pdmodel.PDDocument document) {
        int declared = document.getNumberOfPages();
        int reachable = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
            if (++reachable > declared) {
                return -1;
            }
        }
        return reachable == declared && reachable > 0 ? reachable : -1;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = digest();
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** A 16-byte ID derived from text: the same pack gets the same ID on every run and machine. */
    public static byte[] stableId(String seed) {
        byte[] full = digest().digest(seed.getBytes(StandardCharsets.UTF_8));
        return java.util.Arrays.copyOf(full, 16);
    }

    public static void setId(PDDocument document, byte[] id) {
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, array);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
