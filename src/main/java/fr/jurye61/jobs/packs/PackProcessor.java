package fr.jurye61.jobs.packs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.NightFingerprint;
import fr.jurye61.jobs.night.InputDocuments;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.OutputFolder;
import fr.jurye61.reports.OutputLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Builds a commission's pack from its INTERROGE candidates, in a temporary folder. */
public class PackProcessor implements ItemProcessor<Commission, PackBuilder.Built>, StepExecutionListener {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PackProcessor.class);
    private final StateStore store;
    private RunContext run;
    private InputDocuments documents;
    private SessionParameters session;
    private List<Candidate> candidates;
    private Map<String, Outcome> outcomes;
    /** What each candidate's evaluation retained: the counted report and the pack's grid. */
    private Map<String, Map<RetainedDocument.Role, RetainedDocument>> retained;
    /** The files of the night the last fingerprint saw published, by night folder name. */
    private Map<String, Map<String, NightFingerprint.OutputLine>> publishedFiles;
    private final java.util.concurrent.atomic.AtomicInteger notRehashed = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger rehashed = new java.util.concurrent.atomic.AtomicInteger();

    private final NightInputs inputs;

    public PackProcessor(StateStore store, NightInputs inputs) {
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunContext.of(stepExecution);
        documents = inputs.documents();
        session = inputs.session();
        candidates = store.candidates(run.runId());
        outcomes = store.evaluations().outcomes(run.runId());
        retained = store.evaluations().retainedDocuments(run.runId());
        notRehashed.set(0);
        rehashed.set(0);
        publishedFiles = new java.util.HashMap<>();
        NightFingerprint.known(run.state()).ifPresent(f -> publishedFiles.put(f.night(), f.outputs().stream()
                .collect(java.util.stream.Collectors.toMap(NightFingerprint.OutputLine::chemin, l -> l))));
    }

    @Override
    public PackBuilder.Built process(Commission commission) throws Exception {
        List<PackBuilder.Member> members = new ArrayList<>();
        for (Candidate c : candidates) {
            Outcome outcome = outcomes.get(c.numero());
            if (!c.commission().equals(commission.code()) || outcome == null
                    || outcome.decision() != Decision.INTERROGE) {
                continue;
            }
            // what the evaluation retained for this candidate: never chosen again here
            Map<RetainedDocument.Role, RetainedDocument> own = retained.getOrDefault(c.numero(), Map.of());
            RetainedDocument grid = Optional.ofNullable(own.get(RetainedDocument.Role.GRILLE)).orElseThrow(
                    () -> new IllegalStateException("INTERROGE without a retained grid: " + c.numero()));
            RetainedDocument report = Optional.ofNullable(own.get(RetainedDocument.Role.RAPPORT)).orElseThrow(
                    () -> new IllegalStateException("INTERROGE without a retained report: " + c.numero()));
            members.add(new PackBuilder.Member(c, documents.file(InputKind.GRILLES, grid.fichier()).orElseThrow(),
                    documents.file(InputKind.DEPOTS, report.fichier()).orElseThrow(), grid.sha256(), report.sha256()));
        }
        String key = PackBuilder.key(commission, members, session, fr.jurye61.jobs.night.Version.current());
        // The published pack is taken over only when this state built it from these very inputs
        // and every file still matches its manifest: a damaged or tampered pack is rebuilt.
        Optional<Path> night = new OutputFolder(run.output()).current();
        Optional<Path> published = night.map(n -> n.resolve(OutputLayout.DOSSIERS).resolve(commission.code()));
        if (published.isPresent()
                && store.packs().packKey(night.get().getFileName().toString(), commission.code()).filter(key::equals)
                        .isPresent()
                && PackBuilder.matchesManifest(published.get(),
                        store.packs().packFiles(night.get().getFileName().toString(), commission.code()),
                        (file, path) -> seen(lastNight(night.get(), commission.code(), file)
                                .map(line -> line.stillStandsAt(path)).orElse(false)))) {
            return PackBuilder.Built.reused(commission.code(), published.get(), members.size(), key);
        }
        return PackBuilder.build(PackStep.stagedDossiers(run), commission, members, session, key);
    }

    private boolean seen(boolean unchanged) {
        (unchanged ? notRehashed : rehashed).incrementAndGet();
        return unchanged;
    }

    @Override
    public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
        if (notRehashed.get() + rehashed.get() > 0) {
            LOG.info("Published packs checked: {} files as the last night left them (not hashed again), {} hashed",
                    notRehashed.get(), rehashed.get());
        }
        return stepExecution.getExitStatus();
    }

    /** A published file as the last completed night's fingerprint saw it, when it saw that night. */
    private Optional<NightFingerprint.OutputLine> lastNight(Path night, String code, String file) {
        return Optional.ofNullable(publishedFiles.get(night.getFileName().toString()))
                .map(files -> files.get(OutputLayout.dossier(code) + "/" + file));
    }
}
