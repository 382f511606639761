package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.PostgresServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A distributed night on one machine: a real PostgreSQL, the manager's embedded Artemis broker,
 * workers as separate JVMs. A worker killed with -9 in the middle of a lot leaves it to another
 * worker, and the night publishes the same outputs as a single-machine night; a worker that
 * cannot see the night's files fails the night with a French reason.
 */
class DistributedNightIT {
    @RegisterExtension
    static final PostgresServer.PerClass POSTGRES = new PostgresServer.PerClass();
    @TempDir
    Path work;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopProcesses() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void aWorkerKilledInTheMiddleOfALotLeavesItToAnotherAndTheOutputsAreTheSingleMachineOnes() throws Exception {
        // given a session, its single-machine night, and a new shared base
        Path input = sample(40);
        singleMachineNight(input);
        Shared base = shared("repartie");

        // when the distributed night starts with one slow worker, killed with -9 once it is in a lot
        Process manager = fork("manager", "nightly", "--input", input.toString(), "--output",
                work.resolve("repartie").toString(), "--state", work.resolve("etat-gestionnaire").toString(), "--base", base.url(),
                "--identifiants", base.credentials().toString(), "--workers", "--broker-port", String.valueOf(base.port()), "--lots", "3",
                "--delai-travailleurs", "5");
        waitFor("manager", "Analyse des documents par les travailleurs", 120);
        Process doomed = worker("travailleur-tue", base, "-Djury.test.lenteur-document-ms=400");
        String killedLot = waitFor("travailleur-tue", "Lot (analyse-lot:lot-\\d+) de la nuit", 120);
        Thread.sleep(1500); // a few documents into the lot
        doomed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(console("travailleur-tue")).doesNotContain("Lot " + killedLot + " : terminé");
        for (String name : List.of("travailleur-2", "travailleur-3")) {
            worker(name, base);
        }

        // then the night completes, the killed lot was done by another worker
        assertThat(manager.waitFor(300, TimeUnit.SECONDS)).as(console("manager")).isTrue();
        assertThat(manager.exitValue()).as(console("manager")).isZero();
        assertThat(console("travailleur-2") + console("travailleur-3")).contains("Lot " + killedLot + " : terminé");
        // and every output is the single-machine night's, byte for byte (the audit report's times,
        // folders and the workers' own steps aside)
        Map<String, String> alone = sameOutputsAsTheSingleMachineNight();
        assertThat(alone.keySet()).anyMatch(f -> f.startsWith("dossiers/") && f.endsWith(".pdf"));
        assertThat(Files.readString(work.resolve("repartie").resolve("rapport-audit.html"), StandardCharsets.UTF_8))
                .contains("Analyse des documents par les travailleurs (nuit répartie)").contains("Lot d&#39;analyse lot-");
    }

    @Test
    void aWorkerThatCannotSeeTheNightsFilesFailsTheNightInFrenchAndTheNextRunFinishesIt() throws Exception {
        // given a distributed night whose only worker sees none of the night's files
        Path input = sample(6);
        Shared base = shared("aveugle");
        List<String> night = List.of("nightly", "--input", input.toString(), "--output", work.resolve("sortie").toString(),
                "--state", work.resolve("etat").toString(), "--base", base.url(), "--identifiants", base.credentials().toString(),
                "--workers", "--broker-port", String.valueOf(base.port()), "--lots", "2", "--delai-travailleurs", "5");
        Process manager = fork("manager", night.toArray(String[]::new));
        Process blind = worker("aveugle", base, "-Djury.test.travailleur-aveugle=true");

        // then the night fails (exit 1), saying which machine does not see which file, and publishes nothing
        assertThat(manager.waitFor(240, TimeUnit.SECONDS)).as(console("manager")).isTrue();
        assertThat(manager.exitValue()).as(console("manager")).isEqualTo(JuryE61.FAILED);
        assertThat(console("manager")).containsPattern("cause : Le travailleur .+ ne voit pas .+instantanes.+ : le "
                + "dossier d'état doit être partagé au même chemin sur chaque machine");
        assertThat(work.resolve("sortie").resolve("decisions.csv")).doesNotExist();
        blind.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // when the same command runs again with a worker that sees them, the night is resumed and completes
        worker("voyant", base);
        Process again = fork("manager-2", night.toArray(String[]::new));
        assertThat(again.waitFor(240, TimeUnit.SECONDS)).as(console("manager-2")).isTrue();
        assertThat(again.exitValue()).as(console("manager-2")).isZero();
        assertThat(console("manager-2")).contains("Reprise de la nuit");
        assertThat(work.resolve("sortie").resolve("decisions.csv")).exists();
    }

    @Test
    void aManagerKilledWhileTheWorkersAnalyseIsResumedByTheSameCommandWithTheSameOutputs() throws Exception {
        // given a session, its single-machine night, and a distributed night on a new shared base
        Path input = sample(24);
        singleMachineNight(input);
        Shared base = shared("reprise");
        String[] night = {"nightly", "--input", input.toString(), "--output", work.resolve("repartie").toString(),
            "--state", work.resolve("etat-gestionnaire").toString(), "--base", base.url(), "--identifiants", base.credentials().toString(),
            "--workers", "--broker-port", String.valueOf(base.port()), "--lots", "4", "--delai-travailleurs", "5"};
        Process manager = fork("manager", night);
        worker("travailleur", base, "-Djury.test.lenteur-document-ms=300");

        // when the manager (and the broker it embeds) is killed with -9 while a lot is being analysed
        waitFor("travailleur", "Lot (analyse-lot:lot-\\d+) de la nuit", 120);
        manager.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(work.resolve("repartie").resolve("decisions.csv")).doesNotExist();

        // then the same command resumes the night; the worker reconnects to the restarted broker
        Process again = fork("manager-2", night);
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).as(console("manager-2")).isTrue();
        assertThat(again.exitValue()).as(console("manager-2") + console("travailleur")).isZero();
        assertThat(console("manager-2")).contains("Reprise de la nuit");
        // and every output is the single-machine night's
        assertThat(sameOutputsAsTheSingleMachineNight()).isNotEmpty();
    }

    @Test
    void anExternalBrokerRestartedInTheMiddleOfTheNightLosesNoLot() throws Exception {
        // given an external broker, a session and its single-machine night
        Path input = sample(18);
        singleMachineNight(input);
        Shared base = shared("courtier");
        Path journal = work.resolve("courtier-externe");
        Process broker = forkMain("courtier", StandaloneBroker.class, String.valueOf(base.port()), journal.toString());
        waitFor("courtier", "Courtier prêt", 60);
        Process manager = fork("manager", "nightly", "--input", input.toString(), "--output",
                work.resolve("repartie").toString(), "--state", work.resolve("etat-gestionnaire").toString(), "--base", base.url(),
                "--identifiants", base.credentials().toString(), "--workers", "--broker", "tcp://localhost:" + base.port(), "--lots", "3",
                "--delai-travailleurs", "5");
        worker("travailleur", base, "-Djury.test.lenteur-document-ms=300");

        // when the broker is killed while the worker is in a lot, then started again on its journal
        String heldLot = waitFor("travailleur", "Lot (analyse-lot:lot-\\d+) de la nuit", 120);
        broker.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Thread.sleep(2000);
        forkMain("courtier-2", StandaloneBroker.class, String.valueOf(base.port()), journal.toString());

        // then the night completes with the single-machine outputs
        assertThat(manager.waitFor(300, TimeUnit.SECONDS)).as(console("manager")).isTrue();
        assertThat(manager.exitValue()).as(console("manager") + console("travailleur")).isZero();
        // the lot the worker held across the restart was delivered again, and not run twice
        assertThat(console("travailleur")).contains("Lot " + heldLot + " : terminé")
                .contains("Lot " + heldLot + " déjà terminé : requête en double ignorée.");
        assertThat(sameOutputsAsTheSingleMachineNight()).isNotEmpty();
    }

    /** A test night's shared base: its address, its account file, and the embedded broker's port. */
    private record Shared(String url, Path credentials, int port) {
    }

    private Shared shared(String database) throws Exception {
        return new Shared(POSTGRES.server().createDatabase(database),
                POSTGRES.server().credentials(Files.createDirectories(work.resolve("compte"))), freePort());
    }

    /** A worker of that base in a JVM of its own, its console under {@code name}; -D test properties first. */
    private Process worker(String name, Shared base, String... systemProperties) throws IOException {
        List<String> args = new ArrayList<>(List.of(systemProperties));
        args.addAll(List.of("worker", "--base", base.url(), "--identifiants", base.credentials().toString(), "--broker",
                "tcp://localhost:" + base.port(), "--state", work.resolve("etat-" + name).toString()));
        return fork(name, args.toArray(String[]::new));
    }

    /** The reference: the same session's night on one machine, embedded state, published in seul/. */
    private void singleMachineNight(Path input) {
        Captured single = Captured.run("nightly", "--input", input.toString(), "--output", work.resolve("seul").toString(),
                "--state", work.resolve("etat-seul").toString());
        assertThat(single.exit()).as(single.console()).isZero();
    }

    /** Checks that repartie/ published the files of seul/, each the same; returns them. */
    private Map<String, String> sameOutputsAsTheSingleMachineNight() throws IOException {
        Map<String, String> alone = published(work.resolve("seul"));
        Map<String, String> distributed = published(work.resolve("repartie"));
        assertThat(distributed.keySet()).isEqualTo(alone.keySet());
        alone.forEach((file, content) -> assertThat(distributed.get(file)).as(file).isEqualTo(content));
        return alone;
    }

    private Path sample(int candidates) {
        Path input = work.resolve("entree");
        assertThat(JuryE61.execute("generate-sample", "--output", input.toString(), "--candidats",
                String.valueOf(candidates))).isZero();
        return input;
    }

    private Process fork(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        int i = 0;
        while (i < args.length && args[i].startsWith("-D")) {
            command.add(args[i++]);
        }
        command.add(JuryE61.class.getName());
        command.addAll(List.of(args).subList(i, args.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("console-" + name + ".txt").toFile()).start();
        processes.add(process);
        return process;
    }

    private Process forkMain(String name, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("console-" + name + ".txt").toFile()).start();
        processes.add(process);
        return process;
    }

    private String console(String name) throws IOException {
        Path file = work.resolve("console-" + name + ".txt");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** Waits for a console line matching {@code pattern}; returns its first group, or the match. */
    private String waitFor(String name, String pattern, int seconds) throws Exception {
        Pattern wanted = Pattern.compile(pattern);
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < until) {
            var m = wanted.matcher(console(name));
            if (m.find()) {
                return m.groupCount() > 0 ? m.group(1) : m.group();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("« " + pattern + " » not seen in " + name + "'s console:\n" + console(name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The published night's files by relative path; in the audit report, the times, the folders and
     * the job repository's rows (steps and executions: the workers' lots, a resumed execution) masked.
     */
    private static Map<String, String> published(Path out) throws IOException {
        Path night = out.resolve(".courant").toRealPath();
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(night)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = night.relativize(p).toString();
                String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                if (name.equals("rapport-audit.html")) {
                    text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8).lines()
                            // the job's own record (steps, executions) says how the night ran: lots, a resume
                            .filter(l -> !l.startsWith("<tr><td class=\"n\">"))
                            .map(l -> l.replace(out.toString(), "SORTIE")
                                    .replaceAll("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}", "DATE")
                                    .replaceAll("\\d+ min \\d{2} s", "DUREE"))
                            .collect(Collectors.joining("\n"));
                }
                files.put(name, text);
            }
        }
        return files;
    }
}
