package fr.jurye61.io.input;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the input folder the one way the night reads it: the locations of input.md only, every
 * symbolic link resolved and refused when it leads outside (or dangles), every file opened on
 * its real path without following a link, and checked again once open — a file swapped for a
 * link in between is refused, never read. FIFOs and devices are never opened.
 */
public final class InputFolder {
    private static final int MAX_DEPTH = 32;

    private final Path root;
    private final Path realRoot;
    private final List<String> locations;

    /**
     * @param locations as in input.md: {@code name} (a top-level file), {@code folder/*.csv} (CSV
     *                  files directly in a folder) or {@code folder/name} (the whole folder:
     *                  a manifest and the files it names)
     */
    public InputFolder(Path root, List<String> locations) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        this.locations = List.copyOf(locations);
    }

    /** Above this size an input file is not copied (limit of the snapshot). */
    static long maxBytes() {
        return Long.getLong("jury.entree.max-mo", 512) << 20;
    }

    /** At most this many files in the input folder's locations. */
    static int maxFiles() {
        return Integer.getInteger("jury.entree.max-fichiers", 50_000);
    }

    /** Takes the night's snapshot: every file kept in the object store under its SHA-256. */
    public List<SnapshotEntry> snapshot(Path objects) throws IOException {
        return snapshot(objects, Map.of());
    }

    /**
     * A file as an earlier night hashed it: its path, size, date and identity on the disk
     * ({@link FileIdentity}), and the SHA-256 its content is kept under.
     */
    public record Known(String chemin, long taille, long modifie, String identity, String sha256) {
    }

    /**
     * Takes the night's snapshot, hashing only what it does not know: a file still the one an
     * earlier night hashed (same path, size, date and identity), whose content the object store
     * keeps, is taken under its recorded SHA-256 without being read again. Each file is then
     * hashed at most once per night, and an unchanged one not at all.
     */
    public List<SnapshotEntry> snapshot(Path objects, Map<String, Known> known) throws IOException {
        Content take = channel -> {
            ObjectStore.Hashed hashed = ObjectStore.hash(channel);
            if (Files.isRegularFile(ObjectStore.path(objects, hashed.sha256()))) {
                return hashed; // this content is kept already (an unchanged file)
            }
            return ObjectStore.copy(channel, objects);
        };
        return read(take, null, null, (relative, real, attributes) -> {
            Known k = known.get(relative);
            if (k == null || k.sha256() == null || k.taille() != attributes.size()
                    || k.modifie() != attributes.lastModifiedTime().toMillis()
                    || !FileIdentity.same(k.identity(), FileIdentity.of(real, attributes))
                    || !Files.isRegularFile(ObjectStore.path(objects, k.sha256()), LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return k.sha256();
        });
    }

    /** The SHA-256 a file is already known by, or null when it must be read. */
    @FunctionalInterface
    private interface KnownContent {
        String sha256(String relative, Path real, BasicFileAttributes attributes) throws IOException;
    }

    /** What the folder holds now, hashed but not copied: to tell whether a failed night's inputs changed. */
    public List<SnapshotEntry> fingerprint() throws IOException {
        return read(ObjectStore::hash);
    }

    /**
     * What stands where, without opening any file, with each file's identity on its disk (inode and
     * change time): what a night is compared with the last one by. The change time cannot be set
     * back by a program (unlike the modification time, which a copy with {@code -p} keeps), so a
     * file rewritten in place with the same size and date still differs.
     */
    public List<Observed> observe() throws IOException {
        Map<String, String> identities = new ConcurrentHashMap<>();
        List<SnapshotEntry> entries = read(null, null, identities);
        return entries.stream().map(e -> new Observed(e, identities.getOrDefault(e.chemin(), ""))).toList();
    }

    /** A path as the folder shows it, and the identity of the file there (empty when not a file). */
    public record Observed(SnapshotEntry entry, String identity) {
    }

    /** The chosen paths only, hashed (not copied): the files whose identity changed since a night. */
    public List<SnapshotEntry> fingerprint(Set<String> only) throws IOException {
        return read(ObjectStore::hash, only, null);
    }

    /**
     * What differs between two readings of the folder, in French, sorted by path: files added,
     * removed or changed (in content or in nature).
     */
    public static List<String> differences(List<SnapshotEntry> before, List<SnapshotEntry> now) {
        Map<String, SnapshotEntry> old = new TreeMap<>();
        before.forEach(e -> old.put(e.chemin(), e));
        Map<String, SnapshotEntry> current = new TreeMap<>();
        now.forEach(e -> current.put(e.chemin(), e));
        Set<String> paths = new java.util.TreeSet<>(old.keySet());
        paths.addAll(current.keySet());
        List<String> changes = new ArrayList<>();
        for (String path : paths) {
            SnapshotEntry a = old.get(path);
            SnapshotEntry b = current.get(path);
            if (a == null) {
                changes.add(path + " (ajouté)");
            } else if (b == null) {
                changes.add(path + " (retiré)");
            } else if (!a.sameInputAs(b)) {
                changes.add(path + " (modifié)");
            }
        }
        return changes;
    }

    @FunctionalInterface
    private interface Content {
        ObjectStore.Hashed take(FileChannel channel) throws IOException;
    }

    private record Found(String relative, Path path) {
    }

    private List<SnapshotEntry> read(Content content) throws IOException {
        return read(content, null, null);
    }

    private List<SnapshotEntry> read(Content content, Set<String> only, Map<String, String> identities)
            throws IOException {
        return read(content, only, identities, null);
    }

    private List<SnapshotEntry> read(Content content, Set<String> only, Map<String, String> identities,
            KnownContent known) throws IOException {
        Map<String, SnapshotEntry> entries = new ConcurrentHashMap<>();
        List<Found> files = new ArrayList<>();
        for (String location : locations) {
            int slash = location.indexOf('/');
            if (slash < 0) {
                Path file = root.resolve(location);
                if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    classify(location, file, 0, new HashSet<>(), files, entries, null);
                }
                continue;
            }
            String folder = location.substring(0, slash);
            String pattern = location.substring(slash + 1);
            String suffix = pattern.startsWith("*") ? pattern.substring(1).toLowerCase(Locale.ROOT) : null;
            Path path = root.resolve(folder);
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !entries.containsKey(folder)) {
                classify(folder, path, suffix == null ? MAX_DEPTH : 1, new HashSet<>(), files, entries, suffix);
            }
        }
        if (files.size() > maxFiles()) {
            throw new IOException("le dossier d'entrée compte plus de " + maxFiles() + " fichiers : il n'est pas lu.");
        }
        // Hashing is I/O and CPU bound: every core reads its share of the files.
        List<IOException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        if (only != null) {
            entries.keySet().retainAll(only);
            files.removeIf(found -> !only.contains(found.relative()));
        }
        files.parallelStream().forEach(found -> {
            try {
                entries.put(found.relative(), keep(found, content, identities, known));
            } catch (IOException e) {
                failures.add(e);
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return new ArrayList<>(new TreeMap<>(entries).values());
    }

    /**
     * Sorts out what stands at a path: a link is resolved (refused when it leads out), a folder
     * is listed down to {@code depth} levels, a regular file is queued to be kept.
     */
    private void classify(String relative, Path path, int depth, Set<Path> ancestors, List<Found> files,
            Map<String, SnapshotEntry> entries, String suffix) throws IOException {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            entries.put(relative, entry(relative, Files.isSymbolicLink(path) ? SnapshotEntry.Nature.LIEN_EXTERIEUR
                    : SnapshotEntry.Nature.ILLISIBLE));
            return;
        }
        if (!real.startsWith(realRoot)) {
            entries.put(relative, entry(relative, SnapshotEntry.Nature.LIEN_EXTERIEUR));
            return;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            entries.put(relative, entry(relative, SnapshotEntry.Nature.ILLISIBLE));
            return;
        }
        if (attributes.isDirectory()) {
            if (depth == 0 || !ancestors.add(real)) {
                return; // deep enough, or a link looping back to a folder on the way
            }
            if (files.size() + entries.size() > maxFiles()) {
                throw new IOException("le dossier d'entrée compte plus de " + maxFiles() + " fichiers : il n'est pas lu.");
            }
            List<Path> children = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(path)) {
                listing.forEach(children::add);
            } catch (IOException e) {
                entries.put(relative, entry(relative, SnapshotEntry.Nature.ILLISIBLE));
                ancestors.remove(real);
                return;
            }
            children.sort(null);
            for (Path child : children) {
                String name = nameOf(child);
                boolean childIsFolder = Files.isDirectory(child);
                if (suffix != null && (childIsFolder || !name.toLowerCase(Locale.ROOT).endsWith(suffix))) {
                    continue;
                }
                classify(relative + "/" + name, child, depth - 1, ancestors, files, entries, suffix);
            }
            ancestors.remove(real);
        } else if (attributes.isRegularFile()) {
            files.add(new Found(relative, real));
        } else {
            entries.put(relative, entry(relative, SnapshotEntry.Nature.NON_REGULIER));
        }
    }

    /** Opens a regular file on its real path, checks nothing was swapped, and keeps its content. */
    private SnapshotEntry keep(Found found, Content content, Map<String, String> identities, KnownContent known)
            throws IOException {
        Path real = found.path();
        String relative = found.relative();
        BasicFileAttributes before;
        try {
            before = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return entry(relative, SnapshotEntry.Nature.ILLISIBLE);
        }
        if (!before.isRegularFile()) {
            return entry(relative, before.isSymbolicLink() ? SnapshotEntry.Nature.LIEN_EXTERIEUR
                    : SnapshotEntry.Nature.NON_REGULIER);
        }
        if (before.size() > maxBytes()) {
            return new SnapshotEntry(relative, SnapshotEntry.Nature.TROP_VOLUMINEUX, before.size(),
                    before.lastModifiedTime().toMillis(), null);
        }
        if (content == null) {
            if (identities != null) {
                identities.put(relative, FileIdentity.of(real, before));
            }
            return new SnapshotEntry(relative, SnapshotEntry.Nature.FICHIER, before.size(),
                    before.lastModifiedTime().toMillis(), null);
        }
        if (known != null) {
            String sha = known.sha256(relative, real, before);
            // the same file as when it was hashed, still at its real path inside the folder
            if (sha != null && real.toRealPath().equals(real)) {
                return new SnapshotEntry(relative, SnapshotEntry.Nature.FICHIER, before.size(),
                        before.lastModifiedTime().toMillis(), sha);
            }
        }
        try (FileChannel channel = FileChannel.open(real, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            // What was opened must be what was checked: the same file, still at its real path inside the folder.
            // (Left undetected: a folder on the way swapped for a link and back between the two checks.)
            BasicFileAttributes opened = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!Objects.equals(before.fileKey(), opened.fileKey()) || !real.toRealPath().equals(real)) {
                return entry(relative, SnapshotEntry.Nature.LIEN_EXTERIEUR);
            }
            ObjectStore.Hashed hashed = content.take(channel);
            return new SnapshotEntry(relative, SnapshotEntry.Nature.FICHIER, hashed.size(),
                    before.lastModifiedTime().toMillis(), hashed.sha256());
        } catch (ObjectStore.WriteFailure e) {
            throw e; // the state's disk is full: the night cannot go on
        } catch (IOException e) {
            // ELOOP (a link appeared at the last moment), permissions, a file removed meanwhile
            return entry(relative, Files.isSymbolicLink(real) ? SnapshotEntry.Nature.LIEN_EXTERIEUR
                    : SnapshotEntry.Nature.ILLISIBLE);
        }
    }

    /**
     * A file's name as the manifests write it, read from its bytes whatever the JVM's locale: under
     * LANG=C (cron), {@code getFileName().toString()} turns « rapport-été.pdf » into « rapport-??t??.pdf ».
     * The URI of a path percent-encodes its raw bytes; they are decoded as UTF-8, or as Windows-1252
     * for a name that is not UTF-8 (an archive unpacked from Windows).
     */
    static String nameOf(Path child) {
        String raw = child.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1); // a folder's URI ends with a slash
        }
        String last = raw.substring(raw.lastIndexOf('/') + 1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < last.length(); i++) {
            char c = last.charAt(i);
            if (c == '%' && i + 2 < last.length()) {
                bytes.write(Integer.parseInt(last.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        byte[] name = bytes.toByteArray();
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(name)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(name, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    /** Device, inode and change time (nanoseconds) where the file system tells them; the file key otherwise. */
    private static SnapshotEntry entry(String relative, SnapshotEntry.Nature nature) {
        return new SnapshotEntry(relative, nature, 0, 0, null);
    }
}
