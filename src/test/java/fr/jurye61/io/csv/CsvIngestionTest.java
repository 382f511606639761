package fr.jurye61.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.RejectionCode;
import fr.jurye61.io.input.Snapshots;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header checks common to every input kind. */
class CsvIngestionTest {
    @TempDir
    Path input;

    private List<IngestionItem> read(InputKind kind) throws Exception {
        return CsvIngestion.read(Snapshots.of(input), kind).items();
    }

    @Test
    void aMissingRequiredColumnRejectsTheWholeFileNamingMissingAndFoundColumns() throws Exception {
        Files.createDirectories(input.resolve("rapports"));
        Files.writeString(input.resolve("rapports/depots.csv"), "numero_candidat;fichier\nP01;a.pdf\nP02;b.pdf\n");
        List<IngestionItem> items = read(InputKind.DEPOTS);
        assertThat(items).singleElement().isInstanceOfSatisfying(IngestionItem.Rejected.class, r -> {
            assertThat(r.rejection().code()).isEqualTo(RejectionCode.COLONNES_MANQUANTES);
            assertThat(r.rejection().ligne()).isNull();
            assertThat(r.rejection().lignesCouvertes()).isEqualTo(2);
            assertThat(r.rejection().message()).contains("depose_le").contains("numero_candidat, fichier");
        });
    }

    @Test
    void anUnknownColumnIsNoticedOnceAndIgnored() throws Exception {
        Files.writeString(input.resolve("commissions.csv"), "code_commission;libelle;salle\nC01;Lyon;B12\nC02;Lyon;B13\n");
        List<IngestionItem> items = read(InputKind.COMMISSIONS);
        assertThat(items).filteredOn(IngestionItem.Noticed.class::isInstance).singleElement()
                .satisfies(n -> assertThat(((IngestionItem.Noticed) n).notice().message()).contains("salle"));
        assertThat(items).filteredOn(IngestionItem.Row.class::isInstance).hasSize(2);
    }

    @Test
    void readsEveryRegistrationFileInNameOrder() throws Exception {
        Files.createDirectories(input.resolve("inscriptions"));
        String header = "numero_candidat;nom;prenom;voie;commission\n";
        Files.writeString(input.resolve("inscriptions/b.csv"), header + "P02;B;B;scolaire;C01\n");
        Files.writeString(input.resolve("inscriptions/a.csv"), header + "P01;A;A;scolaire;C01\n");
        Files.writeString(input.resolve("inscriptions/notes.txt"), "ignored");
        List<IngestionItem> items = read(InputKind.INSCRIPTIONS);
        assertThat(items).extracting(i -> ((IngestionItem.Row) i).row().fichier())
                .containsExactly("inscriptions/a.csv", "inscriptions/b.csv");
    }

    @Test
    void anAbsentOptionalManifestGivesNoRow() throws Exception {
        assertThat(read(InputKind.PIECES)).isEmpty();
        assertThat(read(InputKind.DECISIONS)).isEmpty();
    }

    @Test
    void windows1252FileIsReadWithoutMojibake() throws Exception {
        Files.createDirectories(input.resolve("inscriptions"));
        Files.write(input.resolve("inscriptions/g.csv"),
                "numero_candidat,nom,prenom,voie,commission\nP51,Lefèvre,Évelyne,scolaire,C02\n"
                        .getBytes(TextDecoder.WINDOWS_1252));
        IngestionItem row = read(InputKind.INSCRIPTIONS).get(0);
        IngestionItem parsed = CsvIngestion.ingest(((IngestionItem.Row) row).row(), new CandidateRowParser());
        assertThat(((fr.jurye61.domain.Candidate) ((IngestionItem.Accepted) parsed).record()).prenom())
                .isEqualTo("Évelyne");
        assertThat(new String("Évelyne".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo("Évelyne");
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheInputIsNeverRead(@TempDir Path outside) throws Exception {
        Files.createDirectories(input.resolve("inscriptions"));
        Path secret = Files.writeString(outside.resolve("autre-session.csv"),
                "numero_candidat;nom;prenom;voie;commission\nX01;Secret;Secret;scolaire;C01\n");
        Files.createSymbolicLink(input.resolve("inscriptions/lien.csv"), secret);
        List<IngestionItem> items = read(InputKind.INSCRIPTIONS);
        assertThat(items).singleElement().isInstanceOfSatisfying(IngestionItem.Rejected.class, r -> {
            assertThat(r.rejection().code()).isEqualTo(RejectionCode.CHEMIN_INTERDIT);
            assertThat(r.rejection().fichier()).isEqualTo("inscriptions/lien.csv");
        });
    }
}
