package fr.jurye61.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Decodes an input text file whose encoding is UTF-8 (with or without BOM) or Windows-1252
 * (French Excel), without ever producing mojibake. Bytes valid in neither encoding become
 * U+FFFD, so that the row holding them can be rejected rather than silently altered.
 */
public final class TextDecoder {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    public static final char UNDECODABLE = '\uFFFD';

    private TextDecoder() {
    }

    /** A decoded text and the encoding that was detected. */
    public record Decoded(String text, Charset charset, boolean bom) {
    }

    /**
     * The file is in UTF-16 (Excel's « Texte Unicode », some exports): its byte order mark, or a
     * NUL byte every other byte, says so. It is refused with that reason rather than read as
     * garbage (input.md admits UTF-8 and Windows-1252 only).
     */
    public static final class Utf16Exception extends IOException {
        Utf16Exception(String how) {
            super("fichier en UTF-16 (" + how + ") : seuls UTF-8 et Windows-1252 sont lus. L'enregistrer depuis le "
                    + "tableur en « CSV UTF-8 (délimité par des points-virgules) ».");
        }
    }

    public static Decoded decode(byte[] raw) throws IOException {
        if (raw.length >= 2 && ((raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xFE
                || (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF)) {
            throw new Utf16Exception(String.format(java.util.Locale.ROOT, "marque d'ordre des octets %02X %02X en tête",
                    raw[0] & 0xFF, raw[1] & 0xFF));
        }
        if (looksLikeUtf16(raw)) {
            throw new Utf16Exception("un octet nul sur deux");
        }
        byte[] bytes;
        boolean bom;
        try (BOMInputStream in = BOMInputStream.builder()
                .setInputStream(new ByteArrayInputStream(raw))
                .setByteOrderMarks(ByteOrderMark.UTF_8)
                .get()) {
            bom = in.hasBOM();
            bytes = readAll(in);
        }
        Charset charset = bom ? StandardCharsets.UTF_8 : detect(bytes);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(UNDECODABLE));
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        // A file saved twice with a BOM (two exports pasted, a tool adding its own): every leading mark goes.
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return new Decoded(text.substring(start), charset, bom || start > 0);
    }

    /** Text in UTF-16 without a BOM: NUL bytes in a third or more of the first kilobyte. */
    private static boolean looksLikeUtf16(byte[] raw) {
        int length = Math.min(raw.length, 1024);
        int nul = 0;
        for (int i = 0; i < length; i++) {
            if (raw[i] == 0) {
                nul++;
            }
        }
        return length >= 4 && nul * 3 >= length;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    /**
     * UTF-8 when every byte sequence is valid UTF-8, or when valid multi-byte sequences
     * outnumber invalid ones (a UTF-8 file with a damaged row); Windows-1252 otherwise. An
     * ASCII-only file is read as UTF-8, which is the same.
     */
    static Charset detect(byte[] bytes) {
        int validMultiByte = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length || !continuationBytes(bytes, i + 1, length - 1)) {
                invalid++;
                i++;
            } else {
                validMultiByte++;
                i += length;
            }
        }
        return invalid == 0 || validMultiByte > invalid ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if ((bytes[k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
