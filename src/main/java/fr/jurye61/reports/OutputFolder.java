package fr.jurye61.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output folder as readers see it: one night at a time. Each night is built whole in its own
 * hidden folder, {@code .nuits/<night>/}; one symbolic link, {@code .courant}, names the published
 * night, and every output of output.md is a fixed link through it ({@code decisions.csv ->
 * .courant/decisions.csv}, {@code dossiers -> .courant/dossiers}). Publishing a night is one
 * atomic rename of that pointer: a reader, or a night killed at any moment, sees the previous
 * night whole or the new one whole, never a mix and never a pack missing.
 */
public final class OutputFolder {
    public static final String NIGHTS = ".nuits";
    public static final String CURRENT = ".courant";
    /** The output folder's own lock (two runs never write the same outputs, whatever their state). */
    public static final String LOCK = ".jury-e61.verrou";
    /** Which state last wrote here (its identity, then its path): a night from another one is told so. */
    public static final String WRITER = ".jury-e61.etat";

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where a night is built, then kept while it is the published one. */
    public Path night(String name) {
        return root.resolve(NIGHTS).resolve(name);
    }

    /** The published night's folder, if any night was published here. */
    public Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isSymbolicLink(pointer)) {
            return Optional.empty();
        }
        try {
            Path target = pointer.toRealPath();
            return target.startsWith(root.resolve(NIGHTS).toRealPath()) ? Optional.of(target) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Publishes a built night: the pointer is swapped in one rename, then each output's fixed link
     * is made (once; outputs of the former layout, real files and folders, are replaced), and the
     * nights no reader needs any more are removed (the one just replaced is kept until the next
     * publication, for a reader still in it).
     */
    public void publish(String name) throws IOException {
        Path night = night(name);
        if (!Files.isDirectory(night)) {
            throw new IOException("dossier de la nuit absent : " + night);
        }
        removeLeftovers(night);
        Optional<Path> previous = current();
        Path pointer = root.resolve(CURRENT);
        Path temp = root.resolve(CURRENT + ".tmp");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, Path.of(NIGHTS, name));
        Files.move(temp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        List<String> entries = new ArrayList<>();
        try (Stream<Path> list = Files.list(night)) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(entries::add);
        }
        for (String entry : entries) {
            link(entry);
        }
        removeDanglingLinks();
        removeNightsExcept(name, previous.map(p -> p.getFileName().toString()).orElse(null));
    }

    /**
     * What interrupted attempts left in the night's folder (a killed night resumed): hidden
     * temporary files and the hidden folders of packs being built. No output is hidden.
     */
    private static void removeLeftovers(Path night) throws IOException {
        List<Path> hidden;
        try (Stream<Path> walk = Files.walk(night)) {
            hidden = walk.filter(p -> !p.equals(night) && p.getFileName().toString().startsWith(".")).toList();
        }
        for (Path p : hidden) {
            deleteTree(p);
        }
    }

    /** {@code <entry> -> .courant/<entry>}, replacing what stands there (a former real output). */
    private void link(String entry) throws IOException {
        Path place = root.resolve(entry);
        Path target = Path.of(CURRENT, entry);
        if (Files.isSymbolicLink(place) && Files.readSymbolicLink(place).equals(target)) {
            return;
        }
        Path temp = root.resolve("." + entry + ".lien.tmp");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, target);
        if (Files.isDirectory(place, LinkOption.NOFOLLOW_LINKS)) {
            // A folder cannot be replaced by a rename: moved aside first, once, when the layout changes.
            Path aside = root.resolve(NIGHTS).resolve(".ancien-" + entry);
            deleteTree(aside);
            Files.move(place, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(temp, place, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(aside);
        } else {
            Files.move(temp, place, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Links to outputs the published night no longer has (none so far: kept for a renamed output). */
    private void removeDanglingLinks() throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            for (Path p : list.toList()) {
                if (Files.isSymbolicLink(p) && !Files.exists(p)
                        && Files.readSymbolicLink(p).startsWith(CURRENT)) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Removes the night folders no run will publish (abandoned, or replaced by a new run): every one
     * but the published night and those before it. After a publication only the night it replaced
     * stands before it, kept for a reader still in it until the next publication removes it — not
     * removed here, at the start of a night, where unlinking its files would also change the change
     * time of the published files they share (hard links), and the pack check would hash them all again.
     */
    /** The identity of the state that last published here ({@link #WRITER}), if any. */
    public Optional<String> writer() {
        try {
            Path file = root.resolve(WRITER);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String first = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("");
            return first.isBlank() ? Optional.empty() : Optional.of(first.split("\t", 2)[0]);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Records the state that just published here: its identity and, for a person reading it, its path. */
    public void recordWriter(String stateIdentity, Path state) throws IOException {
        String line = stateIdentity + "\t" + state.toAbsolutePath().normalize() + "\n";
        AtomicOutput.write(root.resolve(WRITER), out -> out.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    public void removeUnpublishedNights() throws IOException {
        Optional<Path> published = current();
        if (published.isEmpty()) {
            removeNightsExcept(null, null);
            return;
        }
        long publishedRun = runOf(published.get().getFileName().toString());
        Path nights = root.resolve(NIGHTS);
        try (Stream<Path> list = Files.list(nights)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                long run = runOf(name);
                if (!name.equals(published.get().getFileName().toString()) && (run < 0 || run >= publishedRun)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** The run id a night folder is named after ({@code <run>-<launch>}), or -1 for anything else. */
    private static long runOf(String name) {
        int dash = name.indexOf('-');
        try {
            return dash > 0 ? Long.parseLong(name.substring(0, dash)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Removes every night folder but {@code keep} and {@code alsoKeep} (which may be null). */
    public void removeNightsExcept(String keep, String alsoKeep) throws IOException {
        Path nights = root.resolve(NIGHTS);
        if (!Files.isDirectory(nights)) {
            return;
        }
        try (Stream<Path> list = Files.list(nights)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(keep) && !name.equals(alsoKeep)) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Deletes a tree without following links (a link inside is removed, never what it points to). */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Whether the output folder can hold the night pointer: a file system without symbolic links
     * (some network shares) cannot publish a night atomically.
     */
    public static boolean supportsLinks(Path folder) {
        Path probe = folder.resolve(".jury-e61-lien.tmp");
        try {
            Files.deleteIfExists(probe);
            Files.createSymbolicLink(probe, Path.of(CURRENT));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // nothing was created
            }
        }
    }
}
