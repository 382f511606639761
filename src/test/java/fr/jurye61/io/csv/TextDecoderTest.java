package fr.jurye61.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void asciiIsUtf8() {
        assertThat(TextDecoder.detect("abc;def".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void validUtf8IsUtf8() {
        assertThat(TextDecoder.detect("Évelyne Noël".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void frenchExcelIsWindows1252() {
        assertThat(TextDecoder.detect("Évelyne Noël œuvre".getBytes(TextDecoder.WINDOWS_1252)))
                .isEqualTo(TextDecoder.WINDOWS_1252);
    }

    @Test
    void undefinedWindows1252BytesBecomeReplacementCharacters() throws Exception {
        byte[] bytes = "Noël x".getBytes(TextDecoder.WINDOWS_1252);
        bytes[5] = (byte) 0x81;
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        assertThat(decoded.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
        assertThat(decoded.text()).startsWith("Noël").contains(String.valueOf(TextDecoder.UNDECODABLE));
    }
}
