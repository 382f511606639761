package fr.jurye61.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.io.csv.InputKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The night's snapshot of the input folder: what it keeps, what it refuses, and what a resume compares. */
class InputFolderTest {
    @TempDir
    Path work;
    Path input;
    Path objects;

    @BeforeEach
    void inputFolder() throws Exception {
        input = Files.createDirectories(work.resolve("input"));
        objects = work.resolve("objets");
        write("session.properties", "session=2027\n");
        write("commissions.csv", "code_commission;libelle\nC01;Lyon\n");
        write("inscriptions/a.csv", "numero_candidat;nom;prenom;voie;commission\n");
        write("rapports/depots.csv", "numero_candidat;fichier;depose_le\n");
        write("rapports/P01/rapport.pdf", "%PDF-1.4 rapport");
    }

    private void write(String relative, String content) throws Exception {
        Path file = input.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private InputFolder folder() throws Exception {
        return new InputFolder(input, InputKind.locations());
    }

    private static List<String> paths(List<SnapshotEntry> entries) {
        return entries.stream().map(SnapshotEntry::chemin).toList();
    }

    private long objectCount() throws Exception {
        try (Stream<Path> walk = Files.walk(objects)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void keepsTheFilesOfTheInputLocationsOnly() throws Exception {
        // given files the night reads, and others it has no business with
        write("notes.txt", "brouillon");
        write("inscriptions/lisez-moi.txt", "x");
        write("inscriptions/archive/ancien.csv", "x");
        write("rapports/P02/annexes/photo.pdf", "%PDF-1.4 annexe");

        // when the snapshot is taken
        List<SnapshotEntry> entries = folder().snapshot(objects);

        // then it holds the input files of input.md, documents in subfolders included, sorted
        assertThat(paths(entries)).containsExactly("commissions.csv", "inscriptions/a.csv",
                "rapports/P01/rapport.pdf", "rapports/P02/annexes/photo.pdf", "rapports/depots.csv",
                "session.properties");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.nature()).isEqualTo(SnapshotEntry.Nature.FICHIER);
            assertThat(e.sha256()).hasSize(64);
        });
    }

    @Test
    void whatANightReadsCannotChangeUnderIt() throws Exception {
        // given a snapshot
        InputSnapshot snapshot = new InputSnapshot(objects, folder().snapshot(objects));

        // when the manifest is re-exported and a report withdrawn during the night
        write("rapports/depots.csv", "numero_candidat;fichier;depose_le\nP09;x.pdf;2027-05-01\n");
        Files.delete(input.resolve("rapports/P01/rapport.pdf"));

        // then the night still reads what it began with
        assertThat(Files.readString(snapshot.content("rapports/depots.csv").orElseThrow()))
                .isEqualTo("numero_candidat;fichier;depose_le\n");
        assertThat(Files.readString(snapshot.content("rapports/P01/rapport.pdf").orElseThrow()))
                .isEqualTo("%PDF-1.4 rapport");
    }

    @Test
    void anUnchangedFileIsStoredOnceAcrossNights() throws Exception {
        write("rapports/P02/rapport.pdf", "%PDF-1.4 rapport"); // same bytes as P01's
        folder().snapshot(objects);
        long first = objectCount();
        folder().snapshot(objects);
        assertThat(objectCount()).isEqualTo(first).isEqualTo(5);
    }

    @Test
    void aFileStillTheOneALastNightHashedIsNotReadAgainAndARewrittenOneIs() throws Exception {
        // given last night's snapshot, and what it knew of each file (identity on the disk, hash)
        write("inscriptions/b.csv", "numero_candidat;nom\n");
        List<SnapshotEntry> last = folder().snapshot(objects);
        java.util.Map<String, String> identities = new java.util.HashMap<>();
        folder().observe().forEach(o -> identities.put(o.entry().chemin(), o.identity()));
        String otherKept = last.stream().filter(e -> e.chemin().equals("inscriptions/b.csv")).findFirst().orElseThrow()
                .sha256();
        java.util.Map<String, InputFolder.Known> known = new java.util.HashMap<>();
        for (SnapshotEntry e : last) {
            // the report is recorded under another kept content: only a snapshot that does not read it keeps that hash
            String sha = e.chemin().equals("rapports/P01/rapport.pdf") ? otherKept : e.sha256();
            known.put(e.chemin(), new InputFolder.Known(e.chemin(), e.taille(), e.modifie(),
                    identities.get(e.chemin()), sha));
        }

        // when tonight's snapshot is taken with nothing changed, then after the manifest was
        // rewritten in place with its size and date kept (only its change time tells)
        List<SnapshotEntry> unchanged = folder().snapshot(objects, known);
        Path manifest = input.resolve("rapports/depots.csv");
        java.nio.file.attribute.FileTime date = Files.getLastModifiedTime(manifest);
        TimeUnit.MILLISECONDS.sleep(20);
        write("rapports/depots.csv", "numero_candidat;fichier;depose_lE\n");
        Files.setLastModifiedTime(manifest, date);
        List<SnapshotEntry> rewritten = folder().snapshot(objects, known);

        // then the unchanged report was taken under its recorded hash without being read
        assertThat(unchanged).filteredOn(e -> e.chemin().equals("rapports/P01/rapport.pdf"))
                .extracting(SnapshotEntry::sha256).containsExactly(otherKept);
        // and the rewritten manifest was read again: its new content, kept under its new hash
        SnapshotEntry was = last.stream().filter(e -> e.chemin().equals("rapports/depots.csv")).findFirst().orElseThrow();
        SnapshotEntry now = rewritten.stream().filter(e -> e.chemin().equals("rapports/depots.csv")).findFirst()
                .orElseThrow();
        assertThat(now.taille()).isEqualTo(was.taille());
        assertThat(now.modifie()).isEqualTo(was.modifie());
        assertThat(now.sha256()).isNotEqualTo(was.sha256());
        assertThat(Files.readString(ObjectStore.path(objects, now.sha256()))).isEqualTo("numero_candidat;fichier;depose_lE\n");
        // a hash whose content the store no longer keeps is never trusted: the file is read
        Files.delete(input.resolve("inscriptions/b.csv"));
        Files.delete(ObjectStore.path(objects, otherKept));
        assertThat(folder().snapshot(objects, known)).filteredOn(e -> e.chemin().equals("rapports/P01/rapport.pdf"))
                .extracting(SnapshotEntry::sha256).doesNotContain(otherKept);
    }

    @Test
    void linksLeadingOutsideOrDanglingAreRecordedAndNeverFollowed(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.pdf"), "%PDF-1.4 secret d'une autre session");
        Files.createSymbolicLink(input.resolve("rapports/P01/lien.pdf"), secret);
        Files.createSymbolicLink(input.resolve("rapports/P01/perdu.pdf"), outside.resolve("absent.pdf"));
        Files.createSymbolicLink(input.resolve("rapports/ailleurs"), outside);

        InputSnapshot snapshot = new InputSnapshot(objects, folder().snapshot(objects));

        assertThat(snapshot.entry("rapports/P01/lien.pdf").orElseThrow().nature())
                .isEqualTo(SnapshotEntry.Nature.LIEN_EXTERIEUR);
        assertThat(snapshot.entry("rapports/P01/perdu.pdf").orElseThrow().nature())
                .isEqualTo(SnapshotEntry.Nature.LIEN_EXTERIEUR);
        assertThat(snapshot.behindOutsideLink("rapports/ailleurs/secret.pdf")).isTrue();
        assertThat(snapshot.content("rapports/P01/lien.pdf")).isEmpty();
        try (Stream<Path> walk = Files.walk(objects)) {
            assertThat(walk.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.ISO_8859_1);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).noneMatch(text -> text.contains("secret"));
        }
    }

    @Test
    void aFolderLinkLeadingOutsideHidesNothing(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("autre.csv"), "numero_candidat;regle;decision;auteur;justification\n");
        Files.createSymbolicLink(input.resolve("decisions"), outside);
        InputSnapshot snapshot = new InputSnapshot(objects, folder().snapshot(objects));
        // the folder is listed as a link leading out, so that its rejection is said, not silent
        assertThat(snapshot.at("decisions/*.csv")).singleElement()
                .satisfies(e -> assertThat(e.nature()).isEqualTo(SnapshotEntry.Nature.LIEN_EXTERIEUR));
    }

    @Test
    void linksStayingInsideAreReadAndLoopsEnd() throws Exception {
        Files.createSymbolicLink(input.resolve("rapports/courant"), input.resolve("rapports/P01"));
        Files.createSymbolicLink(input.resolve("rapports/P01/boucle"), input.resolve("rapports"));
        InputSnapshot snapshot = new InputSnapshot(objects, folder().snapshot(objects));
        assertThat(snapshot.sha256("rapports/courant/rapport.pdf")).isEqualTo(snapshot.sha256("rapports/P01/rapport.pdf"))
                .isNotNull();
        assertThat(snapshot.entries()).hasSizeLessThan(20);
    }

    @Test
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = input.resolve("rapports/P01/tube.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).isZero();
        // opening a FIFO would block the night forever: it is recorded, not read
        InputSnapshot snapshot = new InputSnapshot(objects, folder().snapshot(objects));
        assertThat(snapshot.entry("rapports/P01/tube.pdf").orElseThrow().nature())
                .isEqualTo(SnapshotEntry.Nature.NON_REGULIER);
    }

    @Test
    void differencesNameWhatWasAddedRemovedOrChanged() throws Exception {
        List<SnapshotEntry> before = folder().snapshot(objects);
        assertThat(InputFolder.differences(before, folder().fingerprint())).isEmpty();

        Files.setLastModifiedTime(input.resolve("commissions.csv"),
                java.nio.file.attribute.FileTime.fromMillis(0)); // touched, same bytes: the same input
        Files.writeString(input.resolve("rapports/depots.csv"), "P01;x.pdf;2027-05-01\n", StandardOpenOption.APPEND);
        write("decisions/tardive.csv", "numero_candidat;regle;decision;auteur;justification\n");
        Files.delete(input.resolve("inscriptions/a.csv"));

        assertThat(InputFolder.differences(before, folder().fingerprint())).containsExactly(
                "decisions/tardive.csv (ajouté)", "inscriptions/a.csv (retiré)", "rapports/depots.csv (modifié)");
    }

    @Test
    void collectingRemovesOnlyContentsNoSnapshotKeeps() throws Exception {
        List<SnapshotEntry> first = folder().snapshot(objects);
        write("rapports/P01/rapport.pdf", "%PDF-1.4 rapport corrigé");
        List<SnapshotEntry> second = folder().snapshot(objects);
        Set<String> kept = new java.util.HashSet<>();
        second.forEach(e -> kept.add(e.sha256()));

        assertThat(ObjectStore.collect(objects, kept)).isEqualTo(1);
        assertThat(second).allSatisfy(e -> assertThat(ObjectStore.holds(objects, e)).isTrue());
        assertThat(first).filteredOn(e -> e.chemin().equals("rapports/P01/rapport.pdf"))
                .allSatisfy(e -> assertThat(ObjectStore.holds(objects, e)).isFalse());
    }

    @Test
    void namesAreReadFromTheirBytesInUtf8OrWindows1252() throws Exception {
        // a name in UTF-8, and one in Windows-1252 bytes (an archive unpacked from Windows)
        write("rapports/rapport-été.pdf", "%PDF-1.4 utf8");
        Process touch = new ProcessBuilder("sh", "-c", "printf '%%PDF-1.4 latin' > \"$(printf 'rapports/ancien-\\351t\\351.pdf')\"")
                .directory(input.toFile()).start();
        assertThat(touch.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(touch.exitValue()).isZero();

        InputSnapshot snapshot = new InputSnapshot(objects, folder().snapshot(objects));

        assertThat(snapshot.content("rapports/rapport-été.pdf")).isPresent();
        assertThat(snapshot.content("rapports/ancien-été.pdf")).isPresent();
    }
}
