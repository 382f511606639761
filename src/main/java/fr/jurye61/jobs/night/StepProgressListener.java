package fr.jurye61.jobs.night;

import fr.jurye61.reports.FrenchText;
import fr.jurye61.reports.StepLabels;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A step as the clerk sees it on the console (NightConsole): one French line when it ends, with
 * what it did and how long it took. The slow steps (evaluation, packs) also show their progress:
 * on a terminal a live bar (total known, count moving), otherwise a line at every tenth.
 */
public class StepProgressListener implements StepExecutionListener, ItemReadListener<Object>,
        ItemWriteListener<Object> {
    /** What a step puts in its execution context for its console line (French, after its label). */
    public static final String SUMMARY = "console.bilan";


    /** After this long without a line, a running step says it still runs: the console is never silent long. */
    static final long QUIET_MILLIS = 5_000;
    private static final java.util.concurrent.ScheduledExecutorService TICKER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "console");
                thread.setDaemon(true);
                return thread;
            });

    private final Sized reader;
    private final String unit;
    private final boolean slow;
    private final AtomicLong done = new AtomicLong();
    private StepExecution execution;
    private ProgressBar bar;
    private long lastTenth;
    private boolean totalKnown;
    private volatile long lastSaid;
    private long quietMillis = QUIET_MILLIS;
    private java.util.concurrent.ScheduledFuture<?> ticking;

    /** A tasklet step: one line when it ends. */
    public StepProgressListener() {
        this(null, null, false);
    }

    /**
     * A chunk step reading {@code reader}'s items, called {@code unit} (singular) on the console;
     * {@code slow} steps show their progress as they go.
     */
    public StepProgressListener(Sized reader, String unit, boolean slow) {
        this.reader = reader;
        this.unit = unit;
        this.slow = slow;
    }

    /** Tests: a shorter silence before the « en cours » line. */
    StepProgressListener quietAfter(long millis) {
        quietMillis = millis;
        return this;
    }

    static String label(String stepName) {
        return StepLabels.name(stepName);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        execution = stepExecution;
        done.set(0);
        lastTenth = -1;
        totalKnown = false;
        lastSaid = System.currentTimeMillis();
        if (slow && NightConsole.interactive()) {
            bar = new ProgressBarBuilder().setTaskName(label(stepExecution.getStepName()))
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).setUnit(" " + unit + "s", 1)
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
        } else {
            ticking = TICKER.scheduleAtFixedRate(this::tick, quietMillis, Math.max(1, quietMillis / 5),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** The reader is open from its first read on: the bar knows its total before any write. */
    @Override
    public void afterRead(Object item) {
        if (bar != null && reader != null && !totalKnown) {
            bar.maxHint(reader.size());
            totalKnown = true;
        }
    }

    /**
     * Counted on writes: a step whose processor runs on a task executor (Spring Batch 6) does not
     * call the chunk callbacks, but every step calls its write listeners.
     */
    @Override
    public void afterWrite(Chunk<?> items) {
        progress(done.addAndGet(items.size()));
    }

    private void progress(long count) {
        if (execution == null || reader == null || !slow) {
            return;
        }
        long total = reader.size();
        long shown = Math.min(count, total);
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(shown);
            long tenth = total > 0 ? shown * 10 / total : 0;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                NightConsole.sayToLogOnly(progressLine(shown, total));
            }
        } else if (total > 0) {
            long tenth = shown * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                lastSaid = System.currentTimeMillis();
                NightConsole.say(progressLine(shown, total));
            }
        }
    }

    /** A step silent for {@link #QUIET_MILLIS} says it still runs, and how far it is when it knows. */
    private synchronized void tick() {
        StepExecution running = execution;
        long now = System.currentTimeMillis();
        if (running == null || now - lastSaid < quietMillis) {
            return; // the step has ended (its last line said), or spoke lately
        }
        lastSaid = now;
        LocalDateTime start = running.getStartTime();
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        long total = reader == null ? 0 : reader.size();
        NightConsole.say(label(running.getStepName()) + " : en cours depuis " + seconds(millis)
                + (total > 0 ? ", " + Math.min(done.get(), total) + " / " + FrenchText.count(total, unit) : "") + "…");
    }

    private String progressLine(long shown, long total) {
        return label(execution.getStepName()) + " : " + shown + " / " + FrenchText.count(total, unit) + " ("
                + shown * 100 / total + " %)";
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        synchronized (this) { // a tick under way ends before the step's last line, and none comes after it
            if (ticking != null) {
                ticking.cancel(false);
                ticking = null;
            }
            execution = null;
        }
        LocalDateTime start = stepExecution.getStartTime();
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        String summary = stepExecution.getExecutionContext().containsKey(SUMMARY)
                ? stepExecution.getExecutionContext().getString(SUMMARY)
                : unit == null ? "" : FrenchText.count(stepExecution.getReadCount(), unit);
        String status = switch (stepExecution.getStatus()) {
            case COMPLETED -> "";
            case FAILED -> "ÉCHEC, ";
            case STOPPED -> "arrêtée, ";
            default -> stepExecution.getStatus().name().toLowerCase(Locale.ROOT) + ", ";
        };
        NightConsole.say(label(stepExecution.getStepName()) + " : " + status + (summary.isEmpty() ? "" : summary + ", ")
                + seconds(millis));
        return stepExecution.getExitStatus();
    }

    /** « 0,4 s », « 12 s », « 2 min 05 s ». */
    public static String seconds(long millis) {
        if (millis < 10_000) {
            return String.format(Locale.FRANCE, "%.1f s", millis / 1000.0);
        }
        long s = Math.round(millis / 1000.0);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
