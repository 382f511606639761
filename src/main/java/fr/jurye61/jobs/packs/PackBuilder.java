package fr.jurye61.jobs.packs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.pdf.PackAssembler;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.io.pdf.PdfSanitiser;
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
    public record Member(Candidate candidate, Path grid, Path report) {
    }

    /** A pack built in {@code folder}, waiting to be published. */
    public record Built(String code, Path folder, int candidates, int pages) {
    }

    public static Built build(Path dossiers, Commission commission, List<Member> members, SessionParameters session)
            throws IOException {
        Files.createDirectories(dossiers);
        Path folder = Files.createTempDirectory(dossiers, "." + commission.code() + ".");
        AtomicOutput.readableByAll(folder);
        Path cover = Files.createTempFile("jury-e61-cover-", ".pdf");
        try {
            List<Member> sorted = members.stream().sorted(Comparator.comparing(m -> m.candidate().numero())).toList();
            List<PackAssembler.Part> parts = new ArrayList<>();
            List<PackCoverRenderer.Row> rows = new ArrayList<>();
            for (Member m : sorted) {
                String numero = m.candidate().numero();
                Path own = Files.createDirectories(folder.resolve(CANDIDATES).resolve(numero));
                Path grid = own.resolve(GRID);
                Path report = own.resolve(REPORT);
                PdfSanitiser.sanitise(m.grid(), grid, PdfFiles.stableId("grille/" + numero + "/" + PdfFiles.sha256(m.grid())));
                PdfSanitiser.sanitise(m.report(), report,
                        PdfFiles.stableId("rapport/" + numero + "/" + PdfFiles.sha256(m.report())));
                parts.add(new PackAssembler.Part(numero, numero + " - " + m.candidate().nom() + " " + m.candidate().prenom(),
                        grid, report));
                rows.add(new PackCoverRenderer.Row(numero, m.candidate().nom(), m.candidate().prenom(),
                        PackAssembler.pageCount(grid), PackAssembler.pageCount(report)));
            }
            String seed = commission.code() + "|" + session.session() + "|" + String.join("|", rows.stream()
                    .map(r -> r.numero() + ":" + r.gridPages() + ":" + r.reportPages()).toList());
            PackCoverRenderer.render(cover, new PackCoverRenderer.Header(session.libelle(), commission.code(),
                    commission.libelle(), commission.dateInterrogation() == null ? null
                            : commission.dateInterrogation().format(java.time.format.DateTimeFormatter.ofPattern(
                                    "dd/MM/yyyy", Locale.FRANCE)), commission.lieu()), rows,
                    PdfFiles.stableId("couverture/" + seed));
            int pages = PackAssembler.assemble(cover, parts, folder.resolve(commission.code() + ".pdf"),
                    new PackAssembler.Info("Commission " + commission.code() + " - " + session.libelle(),
                            commission.libelle(), sessionDate(commission, session), PdfFiles.stableId("dossier/" + seed)));
            writeManifest(folder);
            return new Built(commission.code(), folder, sorted.size(), pages);
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
        Path target = dossiers.resolve(built.code());
        Path old = dossiers.resolve("." + built.code() + ".old");
        deleteTree(old);
        if (Files.exists(target)) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(built.folder(), target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    static void deleteTree(Path folder) throws IOException {
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
