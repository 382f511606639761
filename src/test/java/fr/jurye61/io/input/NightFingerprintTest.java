package fr.jurye61.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NightFingerprintTest {
    @TempDir
    Path state;

    @Test
    void readsBackWhatItWroteEvenWithTabsAndLineBreaksInNames() throws Exception {
        NightFingerprint written = new NightFingerprint(4, 7, "0.1.0 /opt/jury.jar:12:34", "jury.x=1", "/srv/in\tput",
                "/srv/out", "4-2026", List.of(
                        new NightFingerprint.InputLine("rapports/a\tb\nc\\d.pdf", SnapshotEntry.Nature.FICHIER, 10, 20,
                                "1:2:3", "ab".repeat(32)),
                        new NightFingerprint.InputLine("lien.pdf", SnapshotEntry.Nature.LIEN_EXTERIEUR, 0, 0, "", null)),
                List.of(new NightFingerprint.OutputLine("dossiers/", 0, 0, "dossier"),
                        new NightFingerprint.OutputLine("decisions.csv", 99, 100, "(dev=1,ino=2)")));

        written.write(state);

        assertThat(NightFingerprint.read(state)).contains(written);
    }

    @Test
    void aMissingOrDamagedFingerprintReadsAsNone() throws Exception {
        assertThat(NightFingerprint.read(state)).isEmpty();
        Files.writeString(NightFingerprint.path(state), "# autre chose\nnuit\t1\n");
        assertThat(NightFingerprint.read(state)).isEmpty();
        Files.writeString(NightFingerprint.path(state), "");
        assertThat(NightFingerprint.read(state)).isEmpty();
    }

    @Test
    void theIdentityOfAFileChangesWhenItIsRewrittenEvenWithItsDateKept(@TempDir Path input) throws Exception {
        Path file = input.resolve("session.properties");
        Files.writeString(file, "a=1\n");
        var date = Files.getLastModifiedTime(file);
        InputFolder.Observed before = new InputFolder(input, List.of("session.properties")).observe().get(0);
        Thread.sleep(20);
        Files.writeString(file, "a=2\n");
        Files.setLastModifiedTime(file, date);
        InputFolder.Observed after = new InputFolder(input, List.of("session.properties")).observe().get(0);

        assertThat(after.entry().taille()).isEqualTo(before.entry().taille());
        assertThat(after.entry().modifie()).isEqualTo(before.entry().modifie());
        assertThat(after.identity()).isNotEqualTo(before.identity());
    }

    @Test
    void aPublishedFileRewrittenInPlaceWithItsSizeAndDateKeptNoLongerStandsAsSeen(@TempDir Path night)
            throws Exception {
        Path pack = Files.createDirectories(night.resolve("dossiers/C01"));
        Path file = pack.resolve("C01.pdf");
        Files.writeString(file, "%PDF-1.7 a");
        NightFingerprint.OutputLine seen = NightFingerprint.observeOutput(night).stream()
                .filter(l -> l.chemin().equals("dossiers/C01/C01.pdf")).findFirst().orElseThrow();
        assertThat(seen.stillStandsAt(file)).isTrue();

        var date = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        Files.writeString(file, "%PDF-1.7 b");
        Files.setLastModifiedTime(file, date);

        assertThat(seen.stillStandsAt(file)).isFalse();
        assertThat(seen.stillStandsAt(pack.resolve("absent.pdf"))).isFalse();
    }
}
