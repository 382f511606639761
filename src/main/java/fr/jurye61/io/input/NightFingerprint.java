package fr.jurye61.io.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the last completed night stood on, kept under {@code --state} as a small text file so that
 * the next night can tell, before anything starts, that nothing changed: the tool, its settings,
 * the three folders, the published night and its files, and every input as it stood on the disk
 * (identity, size, date) with the SHA-256 the night read it with.
 *
 * <p>Written only after the end of a night was read back from the database, and atomically: a
 * missing, older or unreadable file only means that the next night is a full one.
 */
public record NightFingerprint(long runId, long executionId, String tool, String settings, String input,
        String output, String night, List<InputLine> inputs, List<OutputLine> outputs) {
    public static final String FILE = "empreinte-derniere-nuit.tsv";
    private static final String HEADER = "# jury-e61 : ce que la dernière nuit complète a lu et publié (format 2)";

    /** An input path as the night found it: what stood there, the file's identity, size and date, and its hash. */
    public record InputLine(String chemin, SnapshotEntry.Nature nature, long taille, long modifie, String identity,
            String sha256) {
        /** The same file on the disk: nothing of it can have changed (the hash is not compared). */
        public boolean sameFileAs(InputFolder.Observed now) {
            SnapshotEntry e = now.entry();
            return chemin.equals(e.chemin()) && nature == e.nature() && taille == e.taille()
                    && modifie == e.modifie() && FileIdentity.same(identity, now.identity());
        }

        /** The path as the night's snapshot held it. */
        public SnapshotEntry entry() {
            return new SnapshotEntry(chemin, nature, taille, modifie, sha256);
        }
    }

    /**
     * A published file (relative to the night's folder) as it stood once published: any change
     * rebuilds. {@code fileKey} is a regular file's {@link FileIdentity} (inode and change time: a
     * file rewritten in place with its size and date kept differs), a link's target, or « dossier ».
     */
    public record OutputLine(String chemin, long taille, long modifie, String fileKey) {
        /** The file at {@code path} is still this one: same size, date and identity (a pack file need not be hashed). */
        public boolean stillStandsAt(Path path) {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return a.isRegularFile() && a.size() == taille && a.lastModifiedTime().toMillis() == modifie
                        && FileIdentity.same(fileKey, FileIdentity.of(path, a));
            } catch (IOException e) {
                return false;
            }
        }
    }

    public static Path path(Path state) {
        return state.toAbsolutePath().normalize().resolve(FILE);
    }

    /** The published night's files as they stand now, sorted by path; links are listed, never followed. */
    public static List<OutputLine> observeOutput(Path nightFolder) throws IOException {
        Map<String, OutputLine> lines = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(nightFolder)) {
            for (Path p : walk.filter(p -> !p.equals(nightFolder)).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String relative = nightFolder.relativize(p).toString().replace('\\', '/');
                if (a.isDirectory()) {
                    lines.put(relative, new OutputLine(relative + "/", 0, 0, "dossier"));
                } else {
                    lines.put(relative, new OutputLine(relative, a.size(), a.lastModifiedTime().toMillis(),
                            a.isSymbolicLink() ? "lien:" + Files.readSymbolicLink(p) : FileIdentity.of(p, a)));
                }
            }
        }
        return List.copyOf(lines.values());
    }

    /** Written to a temporary name, flushed, then renamed over the former one. */
    public void write(Path state) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        field(text, "nuit", Long.toString(runId));
        field(text, "execution", Long.toString(executionId));
        field(text, "outil", tool);
        field(text, "reglages", settings);
        field(text, "entree", input);
        field(text, "sortie", output);
        field(text, "publiee", night);
        for (InputLine l : inputs) {
            text.append("E\t").append(escape(l.chemin())).append('\t').append(l.nature()).append('\t')
                    .append(l.taille()).append('\t').append(l.modifie()).append('\t').append(escape(l.identity()))
                    .append('\t').append(l.sha256() == null ? "" : l.sha256()).append('\n');
        }
        for (OutputLine l : outputs) {
            text.append("S\t").append(escape(l.chemin())).append('\t').append(l.taille()).append('\t')
                    .append(l.modifie()).append('\t').append(escape(l.fileKey())).append('\n');
        }
        Path target = path(state);
        Path temp = target.resolveSibling("." + FILE + ".tmp");
        try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Where a fingerprint goes when a full night begins: it no longer says what the last night
     * was (the night about to run may fail), but what it knew of each file stays true — an input
     * with the same identity has the same bytes, a published file the same hash — so the
     * snapshot and the pack check need not read those again.
     */
    public static final String PREVIOUS = "empreinte-nuit-precedente.tsv";

    /**
     * Forgets the last night's fingerprint as the baseline of an unchanged night (the next night
     * is a full one), keeping it as what is known of the files ({@link #known}).
     */
    public static void forget(Path state) throws IOException {
        Path current = path(state);
        if (Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(current, current.resolveSibling(PREVIOUS), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.deleteIfExists(current);
        }
    }

    /**
     * What the last completed night knew of its files: its fingerprint, or the one a night set
     * aside when it began; never a baseline for an unchanged night, only hashes and identities.
     */
    public static Optional<NightFingerprint> known(Path state) {
        Optional<NightFingerprint> current = read(state);
        return current.isPresent() ? current : readFile(path(state).resolveSibling(PREVIOUS));
    }

    /** The fingerprint kept under the state, or empty when there is none or it cannot be read whole. */
    public static Optional<NightFingerprint> read(Path state) {
        return readFile(path(state));
    }

    private static Optional<NightFingerprint> readFile(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            Map<String, String> fields = new TreeMap<>();
            List<InputLine> inputs = new ArrayList<>();
            List<OutputLine> outputs = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "E" -> inputs.add(new InputLine(unescape(f[1]), SnapshotEntry.Nature.valueOf(f[2]),
                            Long.parseLong(f[3]), Long.parseLong(f[4]), unescape(f[5]), f[6].isEmpty() ? null : f[6]));
                    case "S" -> outputs.add(new OutputLine(unescape(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                            unescape(f[4])));
                    default -> fields.put(f[0], unescape(f[1]));
                }
            }
            return Optional.of(new NightFingerprint(Long.parseLong(fields.get("nuit")),
                    Long.parseLong(fields.get("execution")), fields.get("outil"), fields.get("reglages"),
                    fields.get("entree"), fields.get("sortie"), fields.get("publiee"), List.copyOf(inputs),
                    List.copyOf(outputs)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a damaged fingerprint costs a full night, nothing more
        }
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('\t').append(escape(value)).append('\n');
    }

    /** Paths may hold tabs or line breaks (a name from anywhere): escaped, so that a line stays a line. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
