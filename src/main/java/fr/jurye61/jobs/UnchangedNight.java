package fr.jurye61.jobs;

import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateDatabase;
import fr.jurye61.io.input.InputFolder;
import fr.jurye61.io.input.NightFingerprint;
import fr.jurye61.io.input.SnapshotEntry;
import fr.jurye61.jobs.night.Version;
import fr.jurye61.reports.OutputFolder;
import fr.jurye61.reports.csv.CsvReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A night with nothing new, told before Spring starts: the same tool and settings, the same
 * folders, the last run completed and its outputs published as they were, and every input the
 * same file on the disk (inode, change time, size, date) or, where only its identity changed (a
 * copy, a {@code touch}), the same content by SHA-256. Such a night is recorded (J_NUIT_INCHANGEE,
 * linked to the run whose results stand), {@code changements.csv} becomes empty, the other outputs
 * stay in place. Anything else, or any doubt, makes a full night.
 */
public final class UnchangedNight {
    private static final Logger LOG = LoggerFactory.getLogger(UnchangedNight.class);

    private UnchangedNight() {
    }

    /** A night found unchanged: the run whose results stand, files looked at, files hashed again. */
    public record Unchanged(long runId, int files, int reread) {
    }

    /** The settings a night's outputs depend on besides its inputs: the jury.* system properties. */
    static String settings() {
        return System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("jury."))
                .sorted().map(n -> n + "=" + System.getProperty(n)).collect(Collectors.joining(" "));
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /**
     * Whether tonight is unchanged from the last completed night; when it is, records it and
     * empties changements.csv. {@code now} is the input folder as observed before anything started.
     */
    public static Optional<Unchanged> recordIfUnchanged(Connection connection, Path input, Path output, Path state,
            List<InputFolder.Observed> now) throws IOException, SQLException {
        NightFingerprint last = NightFingerprint.read(state).orElse(null);
        if (last == null) {
            return Optional.empty();
        }
        if (!last.tool().equals(Version.identity()) || !last.settings().equals(settings())) {
            LOG.info("Full night: the tool or its settings changed since run {}", last.runId());
            return Optional.empty();
        }
        if (!last.input().equals(absolute(input)) || !last.output().equals(absolute(output))) {
            LOG.info("Full night: other folders than run {}", last.runId());
            return Optional.empty();
        }
        Optional<StateDatabase.LastExecution> execution = StateDatabase.lastExecution(connection);
        if (execution.isEmpty() || execution.get().executionId() != last.executionId()
                || execution.get().runId() != last.runId() || !"COMPLETED".equals(execution.get().status())) {
            LOG.info("Full night: the last execution is not the completed run {} the fingerprint names", last.runId());
            return Optional.empty();
        }
        OutputFolder folder = new OutputFolder(output);
        Optional<Path> published = folder.current();
        if (published.isEmpty() || !published.get().getFileName().toString().equals(last.night())
                || !NightFingerprint.observeOutput(published.get()).equals(last.outputs())
                || !linksInPlace(folder, published.get())) {
            LOG.info("Full night: the outputs of run {} are not as published", last.runId());
            return Optional.empty();
        }
        Map<String, NightFingerprint.InputLine> before = new HashMap<>();
        last.inputs().forEach(l -> before.put(l.chemin(), l));
        if (before.size() != now.size()) {
            return Optional.empty();
        }
        Set<String> toHash = new TreeSet<>();
        for (InputFolder.Observed o : now) {
            NightFingerprint.InputLine was = before.get(o.entry().chemin());
            if (was == null) {
                return Optional.empty();
            }
            if (!was.sameFileAs(o)) {
                if (was.nature() != SnapshotEntry.Nature.FICHIER || o.entry().nature() != SnapshotEntry.Nature.FICHIER
                        || was.taille() != o.entry().taille() || was.sha256() == null) {
                    LOG.info("Full night: {} changed", o.entry().chemin());
                    return Optional.empty();
                }
                toHash.add(o.entry().chemin());
            }
        }
        if (!toHash.isEmpty()) {
            // Copied or touched since: the same content is the same input.
            for (SnapshotEntry hashed : new InputFolder(input, InputKind.locations()).fingerprint(toHash)) {
                NightFingerprint.InputLine was = before.get(hashed.chemin());
                if (was == null || !hashed.sameInputAs(was.entry())) {
                    LOG.info("Full night: {} changed in content", hashed.chemin());
                    return Optional.empty();
                }
            }
        }
        StateDatabase.recordUnchangedNight(connection, last.runId(), LocalDateTime.now(), now.size(), toHash.size());
        CsvReports.changements(published.get(), List.of());
        // What tonight saw becomes what the next night is compared with (files re-hashed need not be again).
        new NightFingerprint(last.runId(), last.executionId(), last.tool(), last.settings(), last.input(), last.output(),
                last.night(), lines(now, chemin -> before.get(chemin).sha256()), NightFingerprint.observeOutput(published.get())).write(state);
        LOG.info("Unchanged night: {} input files, {} hashed again; the results of run {} stand", now.size(),
                toHash.size(), last.runId());
        return Optional.of(new Unchanged(last.runId(), now.size(), toHash.size()));
    }

    /** Every output of the published night has its fixed link at the output folder's root. */
    private static boolean linksInPlace(OutputFolder folder, Path night) throws IOException {
        try (var list = Files.list(night)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                Path place = folder.root().resolve(name);
                if (!Files.isSymbolicLink(place)
                        || !Files.readSymbolicLink(place).equals(Path.of(OutputFolder.CURRENT, name))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * After a completed night whose end was read back from the state: what the next night is
     * compared with. Kept only when the folder as observed before the night began is what its
     * snapshot froze (same paths, natures, sizes and dates); otherwise something moved during the
     * night, and the fingerprint is not written (the next night is a full one).
     */
    public static void remember(long executionId, long runId, List<SnapshotEntry> snapshot, Path input, Path output,
            Path state, List<InputFolder.Observed> observedBefore) throws IOException {
        Map<String, SnapshotEntry> frozen = new HashMap<>();
        snapshot.forEach(e -> frozen.put(e.chemin(), e));
        if (frozen.size() != observedBefore.size()) {
            LOG.info("No fingerprint for run {}: the input folder changed while it ran", runId);
            return;
        }
        for (InputFolder.Observed o : observedBefore) {
            SnapshotEntry e = frozen.get(o.entry().chemin());
            if (e == null || e.nature() != o.entry().nature() || e.taille() != o.entry().taille()
                    || e.modifie() != o.entry().modifie() || (e.kept() && e.sha256() == null)) {
                LOG.info("No fingerprint for run {}: {} changed while it ran", runId, o.entry().chemin());
                return;
            }
        }
        OutputFolder folder = new OutputFolder(output);
        Optional<Path> published = folder.current();
        if (published.isEmpty()) {
            return;
        }
        new NightFingerprint(runId, executionId, Version.identity(), settings(), absolute(input), absolute(output),
                published.get().getFileName().toString(), lines(observedBefore, chemin -> frozen.get(chemin).sha256()),
                NightFingerprint.observeOutput(published.get())).write(state);
    }

    private static List<NightFingerprint.InputLine> lines(List<InputFolder.Observed> observed,
            java.util.function.UnaryOperator<String> sha) {
        List<NightFingerprint.InputLine> lines = new ArrayList<>();
        for (InputFolder.Observed o : observed) {
            SnapshotEntry e = o.entry();
            lines.add(new NightFingerprint.InputLine(e.chemin(), e.nature(), e.taille(), e.modifie(), o.identity(),
                    sha.apply(e.chemin())));
        }
        return lines;
    }
}
