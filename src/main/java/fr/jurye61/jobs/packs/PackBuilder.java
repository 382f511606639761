package fr.jurye61.jobs.packs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.pdf.PackAssembler;
import fr.jurye61.io.pdf.PackLayout;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.reports.AtomicOutput;
import fr.jurye61.reports.OutputFolder;
import fr.jurye61.reports.pdf.PackCoverRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Builds one commission's pack (output.md) in a temporary folder beside its final place:
 * sanitised copies of each interviewed candidate's grid and report, the merged PDF with its
 * cover, and the SHA-256 manifest. Everything is derived from the inputs and the session, never
 * from the clock, so the same inputs give the same bytes.
 */
public final class PackBuilder {
    private static final String MANIFEST = PackLayout.MANIFEST;

    private PackBuilder() {
    }

    /**
     * An interviewed candidate with the grid and the report that go into the pack, and their
     * SHA-256 (the pack key and the copies' IDs both use them).
     */
    public record Member(Candidate candidate, Path grid, Path report, String gridSha, String reportSha) {

        /** Hashes the files (when no snapshot hashed them already). */
        public static Member of(Candidate candidate, Path grid, Path report) throws IOException {
            return new Member(candidate, grid, report, PdfFiles.sha256(grid), PdfFiles.sha256(report));
        }
    }

    /**
     * A pack built in the temporary {@code folder}, to be moved into the night; or, when
     * {@code reused}, the published pack in {@code folder} already matches {@code key} and its
     * files are linked into the night as they are (byte-identical: the build is deterministic).
     */
    public record Built(String code, Path folder, int candidates, int pages, String key, boolean reused) {

        static Built reused(String code, Path published, int candidates, String key) {
            return new Built(code, published, candidates, -1, key, true);
        }
    }

    /**
     * What a pack is made of: the tool version, the session and commission as printed on the
     * cover, and each member's identity and the SHA-256 of their grid and report. The same key
     * means byte-identical pack files (the build is deterministic).
     */
    public static String key(Commission commission, List<Member> members, SessionParameters session, String version)
            throws IOException {
        StringBuilder text = new StringBuilder(version).append('\n').append(session.session()).append('\n')
                .append(session.libelle()).append('\n').append(commission.code()).append('|').append(commission.libelle())
                .append('|').append(commission.dateInterrogation()).append('|').append(commission.lieu()).append('\n');
        for (Member m : members.stream().sorted(Comparator.comparing(x -> x.candidate().numero())).toList()) {
            text.append(m.candidate().numero()).append('|').append(m.candidate().nom()).append('|')
                    .append(m.candidate().prenom()).append('|').append(m.gridSha()).append('|')
                    .append(m.reportSha()).append('\n');
        }
        return java.util.HexFormat.of().formatHex(PdfFiles.stableId(text.toString()));
    }

    /**
     * The published pack is exactly what its manifest says: every listed file there, a regular
     * file (never a link) with the listed SHA-256, and no other file. Anything else — a file
     * damaged, replaced, added or removed since — and the pack is rebuilt.
     */
    public static boolean matchesManifest(Path pack) {
        return matchesManifest(pack, Map.of(), (relative, file) -> false);
    }

    /**
     * As {@link #matchesManifest(Path)}, against the hashes {@code recorded} when the pack was built
     * or last checked (paths relative to the pack, its manifest included): the manifest must list
     * exactly those (a manifest rewritten with a tampered file's hash does not pass), and a file
     * is hashed again only when {@code unchanged} cannot tell it is the very file the last night
     * saw (same size, date, inode and change time). With nothing recorded, every file is hashed.
     */
    public static boolean matchesManifest(Path pack, Map<String, String> recorded,
            java.util.function.BiPredicate<String, Path> unchanged) {
        Path manifest = pack.resolve(MANIFEST);
        try {
            if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Map<String, String> listed = new TreeMap<>();
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                java.util.Optional<PackLayout.ManifestEntry> entry = PackLayout.parseManifestLine(line);
                if (entry.isPresent()) {
                    listed.put(entry.get().path(), entry.get().sha256());
                } else if (!line.isEmpty()) {
                    return false;
                }
            }
            Map<String, Path> present = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(pack)) {
                for (Path p : walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        return false; // a link or a special file has no place in a pack
                    }
                    present.put(pack.relativize(p).toString().replace('\\', '/'), p);
                }
            }
            present.remove(MANIFEST);
            if (!present.keySet().equals(listed.keySet())) {
                return false;
            }
            boolean trusted = !recorded.isEmpty();
            if (trusted) {
                Map<String, String> expected = new TreeMap<>(recorded);
                String manifestSha = expected.remove(MANIFEST);
                if (!expected.equals(listed) || manifestSha == null || !unchanged.test(MANIFEST, manifest)
                        && !PdfFiles.sha256(manifest).equals(manifestSha)) {
                    return false;
                }
            }
            for (Map.Entry<String, String> entry : listed.entrySet()) {
                Path file = present.get(entry.getKey());
                if (trusted && unchanged.test(entry.getKey(), file)) {
                    continue; // the same file as when its hash was recorded: not read again
                }
                if (!PdfFiles.sha256(file).equals(entry.getValue())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The SHA-256 of every file of a pack as its manifest lists them, and of the manifest itself
     * (under {@link #MANIFEST}): what is recorded once the pack is in the night.
     */
    public static Map<String, String> recordedHashes(Path pack) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path manifest = pack.resolve(MANIFEST);
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            PackLayout.parseManifestLine(line).ifPresent(e -> files.put(e.path(), e.sha256()));
        }
        files.put(MANIFEST, PdfFiles.sha256(manifest));
        return files;
    }

    public static Built build(Path dossiers, Commission commission, List<Member> members, SessionParameters session)
            throws IOException {
        return build(dossiers, commission, members, session, null);
    }

    public static Built build(Path dossiers, Commission commission, List<Member> members, SessionParameters session,
            String key) throws IOException {
        Files.createDirectories(dossiers);
        Path folder = Files.createTempDirectory(dossiers, "." + commission.code() + ".");
        AtomicOutput.readableByAll(folder);
        Path cover = Files.createTempFile("jury-e61-cover-", ".pdf");
        try {
            List<Member> sorted = members.stream().sorted(Comparator.comparing(m -> m.candidate().numero())).toList();
            List<PackAssembler.Part> parts = new ArrayList<>();
            for (Member m : sorted) {
                String numero = m.candidate().numero();
                Files.createDirectories(folder.resolve(PackLayout.candidateFolder(numero)));
                parts.add(new PackAssembler.Part(numero, PackLayout.bookmarkTitle(numero, m.candidate().nom(),
                        m.candidate().prenom()), m.grid(), m.report(),
                        PackLayout.candidateFile(folder, numero, PackLayout.GRID),
                        PackLayout.candidateFile(folder, numero, PackLayout.REPORT),
                        PdfFiles.stableId("grille/" + numero + "/" + m.gridSha()),
                        PdfFiles.stableId("rapport/" + numero + "/" + m.reportSha())));
            }
            int pages;
            try (PackAssembler.Merged merged = PackAssembler.merge(parts)) {
                // the cover lists each candidate's pages: made once the parts are merged, then put in front
                List<PackCoverRenderer.Row> rows = new ArrayList<>();
                for (int i = 0; i < sorted.size(); i++) {
                    Candidate c = sorted.get(i).candidate();
                    PackAssembler.PartPages counts = merged.pages().get(i);
                    rows.add(new PackCoverRenderer.Row(c.numero(), c.nom(), c.prenom(), counts.grid(), counts.report()));
                }
                String seed = commission.code() + "|" + session.session() + "|" + String.join("|", rows.stream()
                        .map(r -> r.numero() + ":" + r.gridPages() + ":" + r.reportPages()).toList());
                PackCoverRenderer.render(cover, new PackCoverRenderer.Header(session.libelle(), commission.code(),
                        commission.libelle(), commission.dateInterrogation() == null ? null
                                : commission.dateInterrogation().format(java.time.format.DateTimeFormatter.ofPattern(
                                        "dd/MM/yyyy", Locale.FRANCE)), commission.lieu()), rows,
                        PdfFiles.stableId("couverture/" + seed));
                pages = merged.finish(cover, folder.resolve(PackLayout.mergedName(commission.code())),
                        new PackAssembler.Info("Commission " + commission.code() + " - " + session.libelle(),
                                commission.libelle(), sessionDate(commission, session),
                                PdfFiles.stableId("dossier/" + commission.code() + "|" + session.session() + "|"
                                        + String.join("|", parts.stream().map(p -> p.numero() + ":"
                                                + java.util.HexFormat.of().formatHex(p.gridId()) + ":"
                                                + java.util.HexFormat.of().formatHex(p.reportId())).toList()))));
            }
            writeManifest(folder);
            return new Built(commission.code(), folder, sorted.size(), pages, key, false);
        } catch (IOException | RuntimeException e) {
            OutputFolder.deleteTree(folder);
            throw e;
        } finally {
            Files.deleteIfExists(cover);
        }
    }

    /** The date the pack is « of »: the interview date, else the exam's first day (never the clock). */
    static Calendar sessionDate(Commission commission, SessionParameters session) {
        java.time.LocalDate day = commission.dateInterrogation() != null ? commission.dateInterrogation()
                : session.dateExamen();
        GregorianCalendar calendar = GregorianCalendar.from(day.atStartOfDay(ZoneId.of("Europe/Paris")));
        calendar.setTimeZone(TimeZone.getTimeZone("Europe/Paris"));
        return calendar;
    }

    /** {@code <sha256>  <path>} for every other file, sorted by path: sha256sum -c accepts it. */
    static void writeManifest(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(MANIFEST)) {
                    lines.add(PackLayout.manifestLine(PdfFiles.sha256(file), relative));
                }
            }
        }
        lines.sort(Comparator.comparing(l -> PackLayout.parseManifestLine(l).orElseThrow().path()));
        AtomicOutput.write(folder.resolve(MANIFEST),
                out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Puts a pack in a night's {@code dossiers}: a new build is moved in; a reused pack's files are
     * hard-linked from the published night (copied where the file system has no hard links). A
     * pack left there by an interrupted attempt of the same step is replaced.
     */
    public static void publish(Built built, Path dossiers) throws IOException {
        Files.createDirectories(dossiers);
        Path target = dossiers.resolve(built.code());
        OutputFolder.deleteTree(target);
        if (!built.reused()) {
            Files.move(built.folder(), target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path temp = Files.createTempDirectory(dossiers, "." + built.code() + ".");
        try (Stream<Path> walk = Files.walk(built.folder())) {
            for (Path source : walk.sorted().toList()) {
                Path copy = temp.resolve(built.folder().relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                    AtomicOutput.readableByAll(copy);
                } else {
                    linkOrCopy(source, copy);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            OutputFolder.deleteTree(temp);
            throw e;
        }
    }

    /** Outputs are never written in place (temp file, then rename), so two nights may share a file. */
    private static void linkOrCopy(Path source, Path copy) throws IOException {
        try {
            Files.createLink(copy, source);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
