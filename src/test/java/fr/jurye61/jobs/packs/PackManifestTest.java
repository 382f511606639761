package fr.jurye61.jobs.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A published pack checked against the hashes recorded when it was built: what is read again, and what is not. */
class PackManifestTest {
    @TempDir
    Path pack;
    Map<String, String> recorded;

    @BeforeEach
    void aPackAndItsRecordedHashes() throws Exception {
        Files.createDirectories(pack.resolve("candidats/K01"));
        Files.writeString(pack.resolve("C01.pdf"), "%PDF-1.7 dossier");
        Files.writeString(pack.resolve("candidats/K01/rapport.pdf"), "%PDF-1.7 rapport");
        PackBuilder.writeManifest(pack);
        recorded = PackBuilder.recordedHashes(pack);
    }

    @Test
    void theRecordedHashesAreEveryListedFileAndTheManifest() {
        assertThat(recorded).containsOnlyKeys("C01.pdf", "candidats/K01/rapport.pdf", fr.jurye61.io.pdf.PackLayout.MANIFEST)
                .allSatisfy((file, sha) -> assertThat(sha).hasSize(64));
    }

    @Test
    void aFileTheLastNightSawUnchangedIsNotHashedAgainAndAnyOtherIs() throws Exception {
        // given a report replaced by bytes of the same length (its hash no longer the listed one)
        Files.writeString(pack.resolve("candidats/K01/rapport.pdf"), "%PDF-1.7 RAPPORT");

        // then a check told that every file is the one the last night saw reads none of them
        assertThat(PackBuilder.matchesManifest(pack, recorded, (file, path) -> true)).isTrue();
        // and a check told that the report is not the same file reads it, and fails
        assertThat(PackBuilder.matchesManifest(pack, recorded, (file, path) -> !file.endsWith("rapport.pdf"))).isFalse();
        assertThat(PackBuilder.matchesManifest(pack)).isFalse();
    }

    @Test
    void aManifestThatListsOtherHashesThanTheRecordedOnesFailsWhateverItsFiles() throws Exception {
        // given a report replaced, and the manifest rewritten so that it agrees with it
        Files.writeString(pack.resolve("candidats/K01/rapport.pdf"), "%PDF-1.7 autre rapport");
        PackBuilder.writeManifest(pack);
        assertThat(PackBuilder.matchesManifest(pack)).as("the manifest alone is fooled").isTrue();

        // then the check against the recorded hashes is not, even trusting every file's identity
        assertThat(PackBuilder.matchesManifest(pack, recorded, (file, path) -> false)).isFalse();
        Map<String, String> withoutTheManifest = new TreeMap<>(recorded);
        withoutTheManifest.remove(fr.jurye61.io.pdf.PackLayout.MANIFEST);
        assertThat(PackBuilder.matchesManifest(pack, withoutTheManifest, (file, path) -> true)).isFalse();
    }
}
