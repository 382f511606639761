package fr.jurye61.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One night at a time in the output folder: a pointer swapped, fixed links through it. */
class OutputFolderTest {
    @TempDir
    Path out;

    private Path night(OutputFolder folder, String name, String decisions) throws Exception {
        Path night = folder.night(name);
        Files.createDirectories(night.resolve("dossiers/C01"));
        Files.writeString(night.resolve("decisions.csv"), decisions);
        Files.writeString(night.resolve("dossiers/C01/manifeste.sha256"), name);
        return night;
    }

    private long nights() throws Exception {
        try (Stream<Path> list = Files.list(out.resolve(OutputFolder.NIGHTS))) {
            return list.count();
        }
    }

    @Test
    void aNightIsPublishedWholeAndTheOneBeforeItIsKeptForItsReaders() throws Exception {
        OutputFolder folder = new OutputFolder(out);
        night(folder, "1-a", "nuit 1");
        folder.publish("1-a");
        assertThat(Files.readString(out.resolve("decisions.csv"))).isEqualTo("nuit 1");
        assertThat(Files.readSymbolicLink(out.resolve("decisions.csv"))).isEqualTo(Path.of(".courant/decisions.csv"));

        night(folder, "2-b", "nuit 2");
        folder.publish("2-b");
        night(folder, "3-c", "nuit 3");
        folder.publish("3-c");

        assertThat(Files.readString(out.resolve("decisions.csv"))).isEqualTo("nuit 3");
        assertThat(Files.readString(out.resolve("dossiers/C01/manifeste.sha256"))).isEqualTo("3-c");
        assertThat(folder.current()).hasValueSatisfying(p -> assertThat(p.getFileName().toString()).isEqualTo("3-c"));
        assertThat(nights()).isEqualTo(2);
    }

    @Test
    void aNewNightRemovesTheUnpublishedNightsButKeepsTheOneThePublishedNightReplaced() throws Exception {
        // given night 3 published over night 2, and the folders of runs 4 (abandoned) and 5 left behind
        OutputFolder folder = new OutputFolder(out);
        night(folder, "2-b", "nuit 2");
        folder.publish("2-b");
        night(folder, "3-c", "nuit 3");
        folder.publish("3-c");
        night(folder, "4-d", "nuit 4");
        night(folder, "5-e", "nuit 5");
        Files.createDirectories(out.resolve(OutputFolder.NIGHTS).resolve(".ancien-dossiers"));

        // when a new night clears the way
        folder.removeUnpublishedNights();

        // then the published night and the one before it (a reader may still be in it) stand, nothing else
        try (Stream<Path> list = Files.list(out.resolve(OutputFolder.NIGHTS))) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted()).containsExactly("2-b", "3-c");
        }
        assertThat(Files.readString(out.resolve("decisions.csv"))).isEqualTo("nuit 3");
        // and the next publication removes the one before
        night(folder, "6-f", "nuit 6");
        folder.publish("6-f");
        try (Stream<Path> list = Files.list(out.resolve(OutputFolder.NIGHTS))) {
            assertThat(list.map(p -> p.getFileName().toString()).sorted()).containsExactly("3-c", "6-f");
        }
    }

    @Test
    void outputsOfTheFormerLayoutAreReplacedByLinks() throws Exception {
        // given the outputs of a version that wrote real files and folders
        Files.writeString(out.resolve("decisions.csv"), "ancienne");
        Files.createDirectories(out.resolve("dossiers/C09"));
        Files.writeString(out.resolve("notes-du-service.txt"), "à garder");
        OutputFolder folder = new OutputFolder(out);
        night(folder, "1-a", "nuit 1");

        folder.publish("1-a");

        assertThat(Files.isSymbolicLink(out.resolve("decisions.csv"))).isTrue();
        assertThat(Files.isSymbolicLink(out.resolve("dossiers"))).isTrue();
        assertThat(out.resolve("dossiers/C09")).doesNotExist();
        assertThat(Files.readString(out.resolve("notes-du-service.txt"))).isEqualTo("à garder");
    }

    @Test
    void leftoversOfInterruptedWritesAreNotPublishedAndGoneOutputsAreUnlinked() throws Exception {
        OutputFolder folder = new OutputFolder(out);
        Path first = night(folder, "1-a", "nuit 1");
        Files.writeString(first.resolve("rejets.csv"), "r");
        folder.publish("1-a");

        Path second = night(folder, "2-b", "nuit 2");
        Files.createDirectories(second.resolve("dossiers/.C02.123/candidats"));
        Files.writeString(second.resolve(".decisions.csv.456.tmp"), "à moitié");
        folder.publish("2-b");

        try (Stream<Path> walk = Files.walk(second)) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
        assertThat(out.resolve("rejets.csv")).doesNotExist();
        assertThat(Files.isSymbolicLink(out.resolve("rejets.csv"))).isFalse();
    }

    @Test
    void aFileSystemWithLinksIsRecognised() {
        assertThat(OutputFolder.supportsLinks(out)).isTrue();
        assertThat(out.resolve(".jury-e61-lien.tmp")).doesNotExist();
    }
}
