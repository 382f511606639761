package fr.jurye61.jobs.packs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.input.NightFingerprint;
import fr.jurye61.jobs.InputDocuments;
import fr.jurye61.jobs.RunContext;
import fr.jurye61.reports.OutputFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** The pieces of the « dossiers » step: one commission per item, built by the processor, published by the writer. */
public final class PackStep {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PackStep.class);

    private PackStep() {
    }

    public static final String DOSSIERS = "dossiers";

    /** Packs of this run's night, published with it by the last step. */
    public static Path stagedDossiers(RunContext run) {
        return run.staging().resolve(DOSSIERS);
    }

    /** Every commission of the run, by code; restart skips those already published. */
    public static class CommissionReader extends AbstractItemCountingItemStreamItemReader<Commission>
            implements StepExecutionListener, fr.jurye61.jobs.Sized {
        private final StateStore store;
        private long runId;
        private List<Commission> commissions = List.of();

        @Override
        public int size() {
            return commissions.size();
        }
        private int next;

        public CommissionReader(StateStore store) {
            this.store = store;
            setName("lecture-commissions");
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            runId = RunContext.of(stepExecution).runId();
        }

        @Override
        protected void doOpen() {
            commissions = store.commissions(runId);
            next = 0;
        }

        @Override
        protected Commission doRead() {
            return next < commissions.size() ? commissions.get(next++) : null;
        }

        @Override
        protected void jumpToItem(int itemIndex) {
            next = Math.min(itemIndex, commissions.size());
        }

        @Override
        protected void doClose() {
            commissions = List.of();
        }
    }

    /** Builds a commission's pack from its INTERROGE candidates, in a temporary folder. */
    public static class PackProcessor implements ItemProcessor<Commission, PackBuilder.Built>, StepExecutionListener {
        private final StateStore store;
        private RunContext run;
        private InputDocuments documents;
        private SessionParameters session;
        private List<Candidate> candidates;
        private Map<String, Outcome> outcomes;
        private Map<String, List<Grid>> grids;
        private Map<String, List<Deposit>> deposits;
        /** The files of the night the last fingerprint saw published, by night folder name. */
        private Map<String, Map<String, NightFingerprint.OutputLine>> publishedFiles;
        private final java.util.concurrent.atomic.AtomicInteger notRehashed = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger rehashed = new java.util.concurrent.atomic.AtomicInteger();

        public PackProcessor(StateStore store) {
            this.store = store;
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            run = RunContext.of(stepExecution);
            documents = new InputDocuments(run.snapshot(store), store);
            session = SessionPropertiesLoader.load(documents.snapshot());
            candidates = store.candidates(run.runId());
            outcomes = store.outcomes(run.runId());
            grids = store.gridsByCandidate(run.runId());
            deposits = store.depositsByCandidate(run.runId());
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
                Grid grid = usableGrid(c.numero()).orElseThrow(() -> new IllegalStateException(
                        "INTERROGE without a readable grid: " + c.numero()));
                Deposit report = Deposits.counted(deposits.getOrDefault(c.numero(), List.of()),
                        session.dateLimiteDepot().toInstant()).orElseThrow(() -> new IllegalStateException(
                                "INTERROGE without a report: " + c.numero()));
                members.add(new PackBuilder.Member(c, documents.file(InputKind.GRILLES, grid.fichier()).orElseThrow(),
                        documents.file(InputKind.DEPOTS, report.fichier()).orElseThrow(),
                        documents.sha256(InputKind.GRILLES, grid.fichier()),
                        documents.sha256(InputKind.DEPOTS, report.fichier())));
            }
            String key = PackBuilder.key(commission, members, session, fr.jurye61.jobs.Version.current());
            // The published pack is taken over only when this state built it from these very inputs
            // and every file still matches its manifest: a damaged or tampered pack is rebuilt.
            Optional<Path> night = new OutputFolder(run.output()).current();
            Optional<Path> published = night.map(n -> n.resolve(DOSSIERS).resolve(commission.code()));
            if (published.isPresent()
                    && store.packKey(night.get().getFileName().toString(), commission.code()).filter(key::equals)
                            .isPresent()
                    && PackBuilder.matchesManifest(published.get(),
                            store.packFiles(night.get().getFileName().toString(), commission.code()),
                            (file, path) -> seen(lastNight(night.get(), commission.code(), file)
                                    .map(line -> line.stillStandsAt(path)).orElse(false)))) {
                return PackBuilder.Built.reused(commission.code(), published.get(), members.size(), key);
            }
            return PackBuilder.build(stagedDossiers(run), commission, members, session, key);
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
                    .map(files -> files.get(DOSSIERS + "/" + code + "/" + file));
        }

        /** The last readable grid listed for the candidate (a later row supersedes an earlier one). */
        private Optional<Grid> usableGrid(String numero) {
            List<Grid> own = grids.getOrDefault(numero, List.of());
            for (int i = own.size() - 1; i >= 0; i--) {
                if (documents.probe(InputKind.GRILLES, own.get(i).fichier()).usable()) {
                    return Optional.of(own.get(i));
                }
            }
            return Optional.empty();
        }
    }

    /** Puts each pack in the night's folder: a new one moved in, an unchanged one linked from the published night. */
    public static class PackWriter implements ItemWriter<PackBuilder.Built>, StepExecutionListener {
        private final StateStore store;
        private RunContext run;
        private StepExecution execution;
        private int newPacks;
        private int reusedPacks;

        public PackWriter(StateStore store) {
            this.store = store;
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            run = RunContext.of(stepExecution);
            execution = stepExecution;
            newPacks = 0;
            reusedPacks = 0;
        }

        @Override
        public void write(Chunk<? extends PackBuilder.Built> chunk) throws Exception {
            for (PackBuilder.Built built : chunk) {
                PackBuilder.publish(built, stagedDossiers(run));
                store.recordPackKey(run.nightName(), built.code(), built.key());
                store.recordPackFiles(run.nightName(), built.code(),
                        PackBuilder.recordedHashes(stagedDossiers(run).resolve(built.code())));
                if (built.reused()) {
                    reusedPacks++;
                } else {
                    newPacks++;
                }
            }
            execution.getExecutionContext().putInt(fr.jurye61.jobs.NightSummary.PACKS_BUILT, newPacks);
            execution.getExecutionContext().putInt(fr.jurye61.jobs.NightSummary.PACKS_UNCHANGED, reusedPacks);
            execution.getExecutionContext().putString(fr.jurye61.jobs.StepProgressListener.SUMMARY, 
                    fr.jurye61.reports.FrenchText.count(newPacks + reusedPacks, "dossier") + " ("
                            + fr.jurye61.reports.FrenchText.count(newPacks, "construit") + ", "
                            + fr.jurye61.reports.FrenchText.count(reusedPacks, "inchangé") + " depuis la dernière nuit)");
        }

    }
}
