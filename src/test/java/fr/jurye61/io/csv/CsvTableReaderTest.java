package fr.jurye61.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.RejectionCode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encoding, delimiter, header and line-number fixtures for every input CSV. */
class CsvTableReaderTest {
    @TempDir
    Path dir;

    private CsvTable read(byte[] bytes) throws IOException {
        Path file = dir.resolve("f.csv");
        Files.write(file, bytes);
        return CsvTableReader.read(file, "inscriptions/f.csv");
    }

    private CsvTable read(String text, Charset charset) throws IOException {
        return read(text.getBytes(charset));
    }

    @Test
    void readsUtf8WithSemicolons() throws IOException {
        CsvTable t = read("numero_candidat;nom\nP01;Lefèvre\n", StandardCharsets.UTF_8);
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.get("nom")).isEqualTo("Lefèvre"));
    }

    @Test
    void stripsTheUtf8Bom() throws IOException {
        byte[] body = "numero_candidat;nom\r\nP01;Noël\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        CsvTable t = read(withBom);
        assertThat(t.header()).containsExactly("numero_candidat", "nom");
        assertThat(t.rows().get(0).get("nom")).isEqualTo("Noël");
    }

    @Test
    void readsWindows1252WithCommasWithoutMojibake() throws IOException {
        CsvTable t = read("numero_candidat,nom,prenom\nP51,Lefèvre,Évelyne\nP54,Noël,Françoise\n",
                TextDecoder.WINDOWS_1252);
        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(t.charset()).isEqualTo(TextDecoder.WINDOWS_1252);
        assertThat(t.rows()).extracting(r -> r.get("prenom")).containsExactly("Évelyne", "Françoise");
        assertThat(t.rows()).noneMatch(CsvRow::undecodable);
    }

    @Test
    void flagsARowWhoseBytesAreValidInNeitherEncoding() throws IOException {
        // A UTF-8 file with one row carrying a lone 0x81 byte (undefined in Windows-1252 too).
        byte[] good = "numero_candidat;nom\nP01;Lefèvre\nP02;Noël\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "P03;Du\u0000val\n".getBytes(StandardCharsets.UTF_8);
        bad[6] = (byte) 0x81;
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        CsvTable t = read(all);
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.rows()).extracting(CsvRow::undecodable).containsExactly(false, false, true);
        assertThat(t.rows().get(0).get("nom")).isEqualTo("Lefèvre");
    }

    @Test
    void normalisesHeaderNames() throws IOException {
        CsvTable t = read(" Numero_Candidat ; NOM \nP01;Martin\n", StandardCharsets.UTF_8);
        assertThat(t.header()).containsExactly("numero_candidat", "nom");
    }

    @Test
    void numbersPhysicalLinesAcrossBlankLinesAndQuotedLineBreaks() throws IOException {
        CsvTable t = read("numero_candidat;nom\nP01;\"Mar\ntin\"\n\nP02;Durand\n", StandardCharsets.UTF_8);
        assertThat(t.rows()).extracting(CsvRow::ligne).containsExactly(2, 5);
        assertThat(t.rows().get(0).get("nom")).isEqualTo("Mar\ntin");
    }

    @Test
    void rejectsTheWholeFileOnADuplicateColumn() throws IOException {
        CsvTable t = read("numero_candidat;nom;NOM\nP01;a;b\nP02;c;d\n", StandardCharsets.UTF_8);
        assertThat(t.fileRejection()).isNotNull();
        assertThat(t.fileRejection().code()).isEqualTo(RejectionCode.COLONNE_EN_DOUBLE);
        assertThat(t.fileRejection().ligne()).isNull();
        assertThat(t.dataRowCount()).isEqualTo(2);
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        CsvTable t = read(new byte[0]);
        assertThat(t.fileRejection().code()).isEqualTo(RejectionCode.FICHIER_ILLISIBLE);
        assertThat(t.dataRowCount()).isZero();
    }

    @Test
    void rejectsTheRestOfTheFileFromAnUnclosedQuote() throws IOException {
        CsvTable t = read("numero_candidat;nom\nP01;Martin\nP02;\"Dur\nP03;and\n", StandardCharsets.UTF_8);
        assertThat(t.rows()).extracting(CsvRow::ligne).containsExactly(2);
        assertThat(t.tailRejection().code()).isEqualTo(RejectionCode.CSV_MALFORME);
        assertThat(t.tailRejection().ligne()).isEqualTo(3);
        assertThat(t.dataRowCount()).isEqualTo(3);
    }

    @Test
    void countsValuesBeyondTheHeader() throws IOException {
        CsvTable t = read("numero_candidat;nom\nP01;Martin;extra\nP02;Durand;\n", StandardCharsets.UTF_8);
        assertThat(t.rows()).extracting(CsvRow::extraValues).containsExactly(1, 0);
    }

    @Test
    void detectsTheDelimiterFromTheHeaderOnly() {
        assertThat(CsvTableReader.detectDelimiter("a;b;c")).isEqualTo(';');
        assertThat(CsvTableReader.detectDelimiter("a,b,c")).isEqualTo(',');
        assertThat(CsvTableReader.detectDelimiter("\"a,x\";b")).isEqualTo(';');
    }
}
