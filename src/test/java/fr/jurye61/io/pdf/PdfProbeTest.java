package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.FileState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which document files can be used: fixtures built by the test with PDFBox. */
class PdfProbeTest {
    @TempDir
    Path dir;

    private Path pdf(String name, String userPassword, String ownerPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (ownerPassword != null) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(false);
                document.protect(new StandardProtectionPolicy(ownerPassword, userPassword, permissions));
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aPlainPdfIsReadable() throws IOException {
        assertThat(PdfProbe.probe(pdf("ok.pdf", null, null))).isEqualTo(FileState.LISIBLE);
    }

    @Test
    void anOwnerPasswordAloneOpensAsReadersDo() throws IOException {
        assertThat(PdfProbe.probe(pdf("owner.pdf", "", "proprietaire"))).isEqualTo(FileState.LISIBLE);
    }

    @Test
    void aUserPasswordMakesItUnreadable() throws IOException {
        assertThat(PdfProbe.probe(pdf("user.pdf", "secret", "proprietaire"))).isEqualTo(FileState.CHIFFRE);
    }

    @Test
    void aTruncatedFileIsDamagedEvenThoughALenientParserWouldRepairIt() throws IOException {
        Path whole = pdf("whole.pdf", null, null);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertThat(PdfProbe.probe(truncated)).isEqualTo(FileState.ENDOMMAGE);
    }

    @Test
    void missingEmptyAndNonPdfFiles() throws IOException {
        assertThat(PdfProbe.probe(dir.resolve("absent.pdf"))).isEqualTo(FileState.MANQUANT);
        assertThat(PdfProbe.probe(Files.write(dir.resolve("empty.pdf"), new byte[0]))).isEqualTo(FileState.VIDE);
        assertThat(PdfProbe.probe(Files.writeString(dir.resolve("error.pdf"),
                "<html><body>502 Bad Gateway</body></html>"))).isEqualTo(FileState.PAS_UN_PDF);
        assertThat(PdfProbe.probe(Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.7\nnot really\n%%EOF\n")))
                .isEqualTo(FileState.ENDOMMAGE);
        assertThat(PdfProbe.probe(Files.createDirectories(dir.resolve("folder.pdf")))).isEqualTo(FileState.MANQUANT);
    }

    @Test
    void oneOpeningTellsTheStateAndWhatCleaningWouldLeave() throws IOException {
        // given a usable file, an encrypted one, a truncated one and one that only starts like a PDF
        Path ok = pdf("ok.pdf", null, null);
        Path encrypted = pdf("user.pdf", "secret", "proprietaire");
        Path truncated = dir.resolve("truncated.pdf");
        byte[] bytes = Files.readAllBytes(ok);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        Path html = Files.writeString(dir.resolve("grille.pdf"), "%PDF-1.4 <html>pas un PDF</html>");

        // then inspect says what probe says, and only a usable file is asked what cleaning leaves
        for (Path file : List.of(ok, encrypted, truncated, html)) {
            assertThat(PdfProbe.inspect(file).state()).as(file.getFileName().toString()).isEqualTo(PdfProbe.probe(file));
        }
        assertThat(PdfProbe.inspect(ok)).isEqualTo(new PdfProbe.Inspection(FileState.LISIBLE, List.of()));
        assertThat(PdfProbe.inspect(encrypted)).isEqualTo(new PdfProbe.Inspection(FileState.CHIFFRE, List.of()));
        assertThat(PdfProbe.inspect(html).state()).isEqualTo(FileState.ENDOMMAGE);
        assertThat(PdfProbe.inspect(html).leftAfterCleaning()).isEmpty();
    }
}
