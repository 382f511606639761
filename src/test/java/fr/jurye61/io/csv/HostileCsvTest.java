package fr.jurye61.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.RejectionCode;
import fr.jurye61.io.input.Snapshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile CSVs: each ends as clear entries of rejets.csv, never as a crash, with every row accounted for. */
class HostileCsvTest {
    @TempDir
    Path input;

    private List<IngestionItem> read(String name, byte[] bytes) throws Exception {
        Files.createDirectories(input.resolve("inscriptions"));
        Files.write(input.resolve("inscriptions").resolve(name), bytes);
        return CsvIngestion.read(Snapshots.of(input), InputKind.INSCRIPTIONS).items();
    }

    private static List<fr.jurye61.domain.Rejection> rejections(List<IngestionItem> items) {
        return items.stream().filter(IngestionItem.Rejected.class::isInstance)
                .map(i -> ((IngestionItem.Rejected) i).rejection()).toList();
    }

    private static final String HEADER = "numero_candidat;nom;prenom;voie;commission\n";

    @Test
    void anUnclosedQuoteKeepsTheRowsBeforeItAndRejectsTheRestWithItsLines() throws Exception {
        List<IngestionItem> items = read("a.csv", (HEADER + "P01;A;A;scolaire;C01\nP02;\"B;B;scolaire;C01\n"
                + "P03;C;C;scolaire;C01\nP04;D;D;scolaire;C01\n").getBytes(StandardCharsets.UTF_8));
        assertThat(items).filteredOn(IngestionItem.Row.class::isInstance).hasSize(1);
        assertThat(rejections(items)).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(RejectionCode.CSV_MALFORME);
            assertThat(r.ligne()).isEqualTo(3);
            assertThat(r.lignesCouvertes()).isEqualTo(3);
        });
    }

    @Test
    void binaryGarbageIsRejectedNotCrashed() throws Exception {
        byte[] garbage = new byte[20_000];
        new Random(8).nextBytes(garbage);
        List<IngestionItem> items = read("garbage.csv", garbage);
        assertThat(rejections(items)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.message()).isNotBlank());
        assertThat(items).filteredOn(IngestionItem.Row.class::isInstance).isEmpty();
    }

    @Test
    void anEmptyFileIsOneClearRejection() throws Exception {
        assertThat(rejections(read("vide.csv", new byte[0]))).singleElement()
                .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.FICHIER_ILLISIBLE));
    }

    @Test
    void aHugeFieldIsRejectedByItsLimit() throws Exception {
        String huge = "x".repeat(3_000_000);
        List<IngestionItem> items = read("huge.csv", (HEADER + "P01;" + huge + ";A;scolaire;C01\nP02;B;B;scolaire;C01\n")
                .getBytes(StandardCharsets.UTF_8));
        List<IngestionItem> parsed = items.stream().filter(IngestionItem.Row.class::isInstance)
                .map(i -> CsvIngestion.ingest(((IngestionItem.Row) i).row(), new CandidateRowParser())).toList();
        assertThat(rejections(parsed)).singleElement()
                .satisfies(r -> assertThat(r.code()).isEqualTo(RejectionCode.VALEUR_TROP_LONGUE));
        assertThat(parsed).filteredOn(IngestionItem.Accepted.class::isInstance).hasSize(1);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() throws Exception {
        System.setProperty("jury.csv.max-mb", "1");
        try {
            byte[] big = (HEADER + "P01;A;A;scolaire;C01\n".repeat(60_000)).getBytes(StandardCharsets.UTF_8);
            assertThat(big.length).isGreaterThan(1 << 20);
            assertThat(rejections(read("big.csv", big))).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(RejectionCode.FICHIER_TROP_VOLUMINEUX);
                assertThat(r.ligne()).isNull();
            });
        } finally {
            System.clearProperty("jury.csv.max-mb");
        }
    }

    @Test
    void aBomInTheMiddleOfTheFileRejectsItsRowClearly() throws Exception {
        // two exports pasted together: the second header, BOM first, lands as a data row
        List<IngestionItem> items = read("colles.csv", ("\uFEFF" + HEADER + "P01;A;A;scolaire;C01\n\uFEFF" + HEADER
                + "P02;B;B;scolaire;C01\n").getBytes(StandardCharsets.UTF_8));
        List<IngestionItem> parsed = items.stream().map(i -> i instanceof IngestionItem.Row row
                ? CsvIngestion.ingest(row.row(), new CandidateRowParser()) : i).toList();
        assertThat(rejections(parsed)).singleElement().satisfies(r -> {
            assertThat(r.ligne()).isEqualTo(3);
            assertThat(r.code()).isEqualTo(RejectionCode.CARACTERE_INTERDIT);
            assertThat(r.message()).contains("numero_candidat", "BOM");
        });
        assertThat(parsed).filteredOn(IngestionItem.Accepted.class::isInstance).hasSize(2);
    }

    private static List<IngestionItem> parsed(List<IngestionItem> items) {
        return items.stream().map(i -> i instanceof IngestionItem.Row row
                ? CsvIngestion.ingest(row.row(), new CandidateRowParser()) : i).toList();
    }

    @Test
    void aUtf16FileIsRefusedSayingSoWithOrWithoutItsMark() throws Exception {
        String text = HEADER + "P01;Dupré;Zoé;scolaire;C01\n";
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        byte[] withoutBom = text.getBytes(StandardCharsets.UTF_16BE);
        for (byte[] bytes : List.of(withBom, withoutBom)) {
            assertThat(rejections(read("unicode.csv", bytes))).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(RejectionCode.ENCODAGE_INVALIDE);
                assertThat(r.ligne()).isNull();
                assertThat(r.message()).contains("fichier en UTF-16", "CSV UTF-8");
            });
        }
    }

    @Test
    void aDoubleBomIsStrippedAndTheHeaderReadAsWritten() throws Exception {
        List<IngestionItem> items = parsed(read("deux-bom.csv",
                ("\uFEFF\uFEFF" + HEADER + "P01;A;A;scolaire;C01\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(rejections(items)).isEmpty();
        assertThat(items).filteredOn(IngestionItem.Accepted.class::isInstance).hasSize(1);
    }

    @Test
    void lineEndsOfOldMacExportsNumberEachLine() throws Exception {
        // CR alone ends each line: the bad row is line 3, not « line 1 »
        List<IngestionItem> items = parsed(read("mac.csv",
                (HEADER + "P01;A;A;scolaire;C01\nP/02;B;B;scolaire;C01\nP03;C;C;scolaire;C01\n").replace('\n', '\r')
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(rejections(items)).singleElement().satisfies(r -> {
            assertThat(r.ligne()).isEqualTo(3);
            assertThat(r.code()).isEqualTo(RejectionCode.IDENTIFIANT_INVALIDE);
        });
        assertThat(items).filteredOn(IngestionItem.Accepted.class::isInstance).hasSize(2);
    }

    @Test
    void aHeaderOfHundredsOfThousandsOfColumnsIsRefusedBeforeItIsSplit() throws Exception {
        StringBuilder header = new StringBuilder("numero_candidat;nom;prenom;voie;commission");
        for (int i = 0; i < 400_000; i++) {
            header.append(";c").append(i);
        }
        List<IngestionItem> items = read("colonnes.csv", (header + "\nP01;A;A;scolaire;C01\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(rejections(items)).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(RejectionCode.FICHIER_TROP_VOLUMINEUX);
            assertThat(r.message()).contains("400005 colonnes", "200 admises");
            assertThat(r.lignesCouvertes()).isEqualTo(1);
        });
    }

    @Test
    void aFileOfMoreRowsThanTheLimitIsRefusedWholeWithEveryRowAccountedFor() throws Exception {
        System.setProperty("jury.csv.max-lignes", "50");
        try {
            List<IngestionItem> items = read("lignes.csv", (HEADER + "P01;A;A;scolaire;C01\n".repeat(60))
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(items).singleElement().isInstanceOfSatisfying(IngestionItem.Rejected.class, r -> {
                assertThat(r.rejection().code()).isEqualTo(RejectionCode.FICHIER_TROP_VOLUMINEUX);
                assertThat(r.rejection().message()).contains("Plus de 50 lignes");
                assertThat(r.rejection().lignesCouvertes()).isEqualTo(60);
            });
        } finally {
            System.clearProperty("jury.csv.max-lignes");
        }
    }

    @Test
    void controlAndInvisibleCharactersRejectTheRowNamingTheColumn() throws Exception {
        List<IngestionItem> items = parsed(read("controle.csv", (HEADER
                + "P01;Mar\u0000tin;A;scolaire;C01\n"
                + "P02;\u202Enitram;B;scolaire;C01\n"
                + "P03;\"Le\tGall\";\"Anne\nMarie\";scolaire;C01\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(rejections(items)).extracting(r -> r.ligne() + " " + r.code())
                .containsExactly("2 CARACTERE_INTERDIT", "3 CARACTERE_INTERDIT");
        assertThat(rejections(items).get(0).message()).contains("« nom »", "U+0000").doesNotContain("\u0000");
        assertThat(rejections(items).get(1).message()).contains("U+202E");
        // a tab or a line break inside a quoted name is a space
        assertThat(items).filteredOn(IngestionItem.Accepted.class::isInstance).singleElement()
                .satisfies(a -> {
                    fr.jurye61.domain.Candidate c = (fr.jurye61.domain.Candidate) ((IngestionItem.Accepted) a).record();
                    assertThat(c.nom()).isEqualTo("Le Gall");
                    assertThat(c.prenom()).isEqualTo("Anne Marie");
                });
    }
}
