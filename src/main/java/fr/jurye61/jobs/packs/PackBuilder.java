package fr.jurye61.jobs.packs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.pdf.PackAssembler;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.reports.AtomicOutput;
import fr.jurye61.reports.pdf.PackCoverRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Builds one commission's pack (output.md) in a temporary folder beside its final place:
 * sanitised copies of each interviewed candidate's grid and report, the merged PDF with its
 * cover, and the SHA-256 manifest. Everything is derived from the inputs and the session, never
 * from the clock, so the same inputs give the same bytes.
 */
public final class PackBuilder {
    public static final String MANIFEST = "manifeste.sha256";
    public static final String CANDIDATES = "candidats";
    public static final String GRID = "grille.pdf";
    public static final String REPORT = "rapport.pdf";

    private PackBuilder() {
    }

    /** An interviewed candidate with the grid and the report that go into the pack. */
    public record Member(Candidate candidate, Path grid, Path report, String gridSha, String reportSha) {

        /** Hashes the files once: the pack key and the copies' IDs both use them. */
        public static Member of(Candidate candidate, Path grid, Path report) throws IOException {
            return new Member(candidate, grid, report, PdfFiles.sha256(grid), PdfFiles.sha256(report));
        }
    }

    /**
     * A pack built in {@code folder}, waiting to be published; or, when {@code folder} is null,
     * the published pack already matches {@code key} and is left as it is.
     */
    public record Built(String code, Path folder, int candidates, int pages, String key) {
        public boolean unchanged() {
            return folder == null;
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

    /** The published pack is whole: its manifest and every file it lists are there. */
    public static boolean intact(Path pack) {
        Path manifest = pack.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> l.length() > 66)
                    .allMatch(l -> Files.isRegularFile(pack.resolve(l.substring(66))));
        } catch (IOException e) {
            return false;
        }
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
                Path own = Files.createDirectories(folder.resolve(CANDIDATES).resolve(numero));
                parts.add(new PackAssembler.Part(numero, numero + " - " + m.candidate().nom() + " " + m.candidate().prenom(),
                        m.grid(), m.report(), own.resolve(GRID), own.resolve(REPORT),
                        PdfFiles.stableId("grille/" + numero + "/" + m.gridSha()),
                        PdfFiles.stableId("rapport/" + numero + "/" + m.reportSha())));
            }
            String[] seed = new String[1];
            int pages = PackAssembler.build(parts, counts -> {
                List<PackCoverRenderer.Row> rows = new ArrayList<>();
                for (int i = 0; i < sorted.size(); i++) {
                    Candidate c = sorted.get(i).candidate();
                    rows.add(new PackCoverRenderer.Row(c.numero(), c.nom(), c.prenom(), counts.get(i)[0], counts.get(i)[1]));
                }
                seed[0] = commission.code() + "|" + session.session() + "|" + String.join("|", rows.stream()
                        .map(r -> r.numero() + ":" + r.gridPages() + ":" + r.reportPages()).toList());
                PackCoverRenderer.render(cover, new PackCoverRenderer.Header(session.libelle(), commission.code(),
                        commission.libelle(), commission.dateInterrogation() == null ? null
                                : commission.dateInterrogation().format(java.time.format.DateTimeFormatter.ofPattern(
                                        "dd/MM/yyyy", Locale.FRANCE)), commission.lieu()), rows,
                        PdfFiles.stableId("couverture/" + seed[0]));
                return cover;
            }, folder.resolve(commission.code() + ".pdf"), new PackAssembler.Info("Commission " + commission.code()
                    + " - " + session.libelle(), commission.libelle(), sessionDate(commission, session),
                    PdfFiles.stableId("dossier/" + commission.code() + "|" + session.session() + "|" + String.join("|",
                            parts.stream().map(p -> p.numero() + ":" + java.util.HexFormat.of().formatHex(p.gridId())
                                    + ":" + java.util.HexFormat.of().formatHex(p.reportId())).toList()))));
            writeManifest(folder);
            return new Built(commission.code(), folder, sorted.size(), pages, key);
        } catch (IOException | RuntimeException e) {
            deleteTree(folder);
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
                    lines.add(PdfFiles.sha256(file) + "  " + relative);
                }
            }
        }
        lines.sort(Comparator.comparing(l -> l.substring(66)));
        AtomicOutput.write(folder.resolve(MANIFEST),
                out -> out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** Puts a built pack in place of the previous one; a reader sees the old or the new pack whole. */
    public static void publish(Built built, Path dossiers) throws IOException {
        if (built.unchanged()) {
            return;
        }
        Files.createDirectories(dossiers);
        Path target = dossiers.resolve(built.code());
        Path old = dossiers.resolve("." + built.code() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(built.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Packs of commissions that no longer exist, and leftovers of interrupted runs, are removed. */
    public static void removeStale(Path dossiers, List<String> codes) throws IOException {
        if (!Files.isDirectory(dossiers)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dossiers)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (!codes.contains(name)) {
                    deleteTree(entry);
                }
            }
        }
    }
}
