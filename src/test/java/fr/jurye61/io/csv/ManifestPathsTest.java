package fr.jurye61.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.domain.RejectionCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths written in manifests must stay inside their folder, symbolic links included. */
class ManifestPathsTest {
    @TempDir
    Path root;

    @Test
    void acceptsARelativePathInsideTheFolder() throws Exception {
        Path folder = Files.createDirectories(root.resolve("rapports"));
        assertThat(ManifestPaths.check(folder, "fichier", "P01/rapport.pdf")).isEqualTo("P01/rapport.pdf");
        assertThat(ManifestPaths.check(folder, "fichier", "./P01\\rapport.pdf")).isEqualTo("P01/rapport.pdf");
    }

    @Test
    void aMissingFileIsNotAPathError() throws Exception {
        Path folder = Files.createDirectories(root.resolve("pieces"));
        assertThat(ManifestPaths.check(folder, "fichier", "scans/absent.pdf")).isEqualTo("scans/absent.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "\\\\serveur\\partage\\x.pdf", "C:\\x.pdf", "../x.pdf",
            "scans/../../x.pdf", "..", "a/../../b"})
    void rejectsAbsoluteAndParentPaths(String path) throws Exception {
        Path folder = Files.createDirectories(root.resolve("pieces"));
        assertThatThrownBy(() -> ManifestPaths.check(folder, "fichier", path))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(RejectionCode.CHEMIN_INTERDIT));
    }

    @Test
    void rejectsASymbolicLinkLeadingOutside() throws Exception {
        Path folder = Files.createDirectories(root.resolve("rapports"));
        Path outside = Files.createDirectories(root.resolve("secret"));
        Files.writeString(outside.resolve("notes.pdf"), "x");
        Files.createSymbolicLink(folder.resolve("lien"), outside);
        assertThatThrownBy(() -> ManifestPaths.check(folder, "fichier", "lien/notes.pdf"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.getMessage()).contains("lien symbolique"));
    }

    @Test
    void acceptsASymbolicLinkStayingInside() throws Exception {
        Path folder = Files.createDirectories(root.resolve("rapports"));
        Files.createDirectories(folder.resolve("v1"));
        Files.writeString(folder.resolve("v1/r.pdf"), "x");
        Files.createSymbolicLink(folder.resolve("courant"), folder.resolve("v1"));
        assertThat(ManifestPaths.check(folder, "fichier", "courant/r.pdf")).isEqualTo("courant/r.pdf");
    }
}
