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

    public static Decoded decode(byte[] raw) throws IOException {
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
        return new Decoded(decoder.decode(ByteBuffer.wrap(bytes)).toString(), charset, bom);
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
