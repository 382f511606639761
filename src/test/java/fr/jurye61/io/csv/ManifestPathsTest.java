package fr.jurye61.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.domain.RejectionCode;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths written in manifests must stay inside their folder, symbolic links included. */
class ManifestPathsTest {
    private static final InputSnapshot NO_FILES = new InputSnapshot(null, List.of());

    @TempDir
    Path root;

    @Test
    void acceptsARelativePathInsideTheFolder() throws Exception {
        assertThat(ManifestPaths.check(NO_FILES, "rapports", "fichier", "P01/rapport.pdf")).isEqualTo("P01/rapport.pdf");
        assertThat(ManifestPaths.check(NO_FILES, "rapports", "fichier", "./P01\\rapport.pdf")).isEqualTo("P01/rapport.pdf");
        assertThat(ManifestPaths.check(NO_FILES, "rapports", "fichier", "P01//./rapport.pdf")).isEqualTo("P01/rapport.pdf");
    }

    @Test
    void aNameInAnyScriptIsCheckedAsTextWhateverTheLocale() throws Exception {
        // no file-system path is built: a JVM started under LANG=C reads the same name
        assertThat(ManifestPaths.check(NO_FILES, "rapports", "fichier", "rapport-été.pdf")).isEqualTo("rapport-été.pdf");
        assertThat(ManifestPaths.check(NO_FILES, "rapports", "fichier", "Śliwińska/отчёт.pdf"))
                .isEqualTo("Śliwińska/отчёт.pdf");
    }

    @Test
    void aMissingFileIsNotAPathError() throws Exception {
        assertThat(ManifestPaths.check(NO_FILES, "pieces", "fichier", "scans/absent.pdf")).isEqualTo("scans/absent.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "\\\\serveur\\partage\\x.pdf", "C:\\x.pdf", "../x.pdf",
            "scans/../../x.pdf", "..", "a/../../b", "a\u0000b.pdf", "./", "/"})
    void rejectsAbsoluteParentAndEmptyPaths(String path) {
        assertThatThrownBy(() -> ManifestPaths.check(NO_FILES, "pieces", "fichier", path))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(RejectionCode.CHEMIN_INTERDIT));
    }

    @Test
    void rejectsASymbolicLinkLeadingOutside(@TempDir Path outside) throws Exception {
        Path folder = Files.createDirectories(root.resolve("input/rapports"));
        Files.writeString(outside.resolve("notes.pdf"), "x");
        Files.createSymbolicLink(folder.resolve("lien"), outside);
        Files.createSymbolicLink(folder.resolve("fichier.pdf"), outside.resolve("notes.pdf"));
        InputSnapshot snapshot = Snapshots.of(root.resolve("input"));
        assertThatThrownBy(() -> ManifestPaths.check(snapshot, "rapports", "fichier", "lien/notes.pdf"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("lien symbolique"));
        assertThatThrownBy(() -> ManifestPaths.check(snapshot, "rapports", "fichier", "fichier.pdf"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("lien symbolique"));
    }

    @Test
    void acceptsASymbolicLinkStayingInside() throws Exception {
        Path folder = Files.createDirectories(root.resolve("input/rapports"));
        Files.createDirectories(folder.resolve("v1"));
        Files.writeString(folder.resolve("v1/r.pdf"), "x");
        Files.createSymbolicLink(folder.resolve("courant"), folder.resolve("v1"));
        InputSnapshot snapshot = Snapshots.of(root.resolve("input"));
        assertThat(ManifestPaths.check(snapshot, "rapports", "fichier", "courant/r.pdf")).isEqualTo("courant/r.pdf");
        assertThat(snapshot.content("rapports/courant/r.pdf")).isPresent();
    }
}
