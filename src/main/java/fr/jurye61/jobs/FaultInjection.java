package fr.jurye61.jobs;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Real faults on demand, for the reliability tests that run a night in a forked JVM. Nothing
 * happens unless a {@code jury.test.*} system property names a moment:
 * <ul>
 * <li>{@code jury.test.arret=avant:STEP | apres:STEP | morceau:STEP:N} — the process dies there as
 * under {@code kill -9} (no shutdown hook, no cleanup): before the step, after its work but before
 * its end is recorded, or once N chunks of it are committed;</li>
 * <li>{@code jury.test.pause=MOMENT} with {@code jury.test.pause-jusqua=FILE} — the night waits
 * there until that file exists (a test changes the input folder meanwhile);</li>
 * <li>{@code jury.test.etat-perdu-apres=STEP} — from the end of that step on, every write to the
 * state database is silently lost, as HSQLDB loses them on a full disk.</li>
 * </ul>
 */
public final class FaultInjection implements StepExecutionListener, ChunkListener<Object, Object>,
        org.springframework.batch.core.listener.ItemWriteListener<Object> {
    private static final Logger LOG = LoggerFactory.getLogger(FaultInjection.class);
    static final String HALT = "jury.test.arret";
    static final String PAUSE = "jury.test.pause";
    static final String PAUSE_UNTIL = "jury.test.pause-jusqua";
    static final String LOSE_WRITES = "jury.test.etat-perdu-apres";
    private static final AtomicBoolean WRITES_LOST = new AtomicBoolean();

    private final AtomicInteger chunks = new AtomicInteger();
    /** Chunks written: a step whose processor runs on a task executor does not call the chunk callbacks. */
    private final AtomicInteger writes = new AtomicInteger();
    private volatile boolean chunkCallbacks;

    /** A forked test waits for these words on the console (the technical log is a file). */
    private static void testSays(String message) {
        LOG.warn(message);
        System.err.println(message);
        System.err.flush();
    }

    private static void haltAt(String moment) {
        if (moment.equals(System.getProperty(HALT))) {
            testSays("Test fault: the process dies at " + moment);
            Runtime.getRuntime().halt(137);
        }
        if (moment.equals(System.getProperty(PAUSE))) {
            java.nio.file.Path until = java.nio.file.Path.of(System.getProperty(PAUSE_UNTIL));
            testSays("Test fault: paused at " + moment + " until " + until + " exists");
            long deadline = System.currentTimeMillis() + 120_000;
            while (!java.nio.file.Files.exists(until) && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        chunks.set(0);
        writes.set(0);
        chunkCallbacks = false;
        step = stepExecution.getStepName();
        haltAt("avant:" + stepExecution.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        haltAt("apres:" + stepExecution.getStepName());
        if (stepExecution.getStepName().equals(System.getProperty(LOSE_WRITES))) {
            testSays("Test fault: writes to the state are lost from now on");
            WRITES_LOST.set(true);
        }
        return stepExecution.getExitStatus();
    }

    private String step = "";

    /** As a chunk begins, the chunks before it are committed (Spring Batch 5 and 6 call one form or the other). */
    @Override
    @SuppressWarnings("removal") // still called by Spring Batch 6.0's tasklet steps
    public void beforeChunk(ChunkContext context) {
        chunkCallbacks = true;
        haltAt("morceau:" + context.getStepContext().getStepName() + ":" + chunks.get());
    }

    @Override
    public void beforeChunk(org.springframework.batch.infrastructure.item.Chunk<Object> chunk) {
        chunkCallbacks = true;
        haltAt("morceau:" + step + ":" + chunks.get());
    }

    /** As a chunk is written, the chunks written before it are committed. */
    @Override
    public void beforeWrite(org.springframework.batch.infrastructure.item.Chunk<? extends Object> items) {
        if (!chunkCallbacks) {
            haltAt("morceau:" + step + ":" + writes.get());
        }
    }

    @Override
    public void afterWrite(org.springframework.batch.infrastructure.item.Chunk<? extends Object> items) {
        writes.incrementAndGet();
    }

    @Override
    @SuppressWarnings("removal") // still called by Spring Batch 6.0's tasklet steps
    public void afterChunk(ChunkContext context) {
        chunks.incrementAndGet();
    }

    @Override
    public void afterChunk(org.springframework.batch.infrastructure.item.Chunk<Object> chunk) {
        chunks.incrementAndGet();
    }

    /** The state's data source, wrapped only when a test asks for lost writes. */
    public static DataSource wrap(DataSource dataSource) {
        if (System.getProperty(LOSE_WRITES) == null) {
            return dataSource;
        }
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return losingWrites(super.getConnection());
            }
        };
    }

    private static Connection losingWrites(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement
                    && isWrite((String) args[0])) {
                return statementLosingWrites(statement, PreparedStatement.class);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(FaultInjection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static <S extends Statement> S statementLosingWrites(S statement, Class<S> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (WRITES_LOST.get()) {
                switch (method.getName()) {
                    case "executeUpdate":
                        return 1;
                    case "executeLargeUpdate":
                        return 1L;
                    case "executeBatch":
                        return new int[] {1};
                    case "execute":
                        return false;
                    default:
                        break;
                }
            }
            return invoke(statement, method, args);
        };
        return type.cast(Proxy.newProxyInstance(FaultInjection.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static boolean isWrite(String sql) {
        String verb = sql.stripLeading().toUpperCase(Locale.ROOT);
        return verb.startsWith("INSERT") || verb.startsWith("UPDATE") || verb.startsWith("DELETE")
                || verb.startsWith("MERGE");
    }
}
