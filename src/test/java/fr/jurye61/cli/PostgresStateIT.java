package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.PostgresServer;
import fr.jurye61.SessionFixture;
import fr.jurye61.domain.FileState;
import fr.jurye61.io.db.StateStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The state in PostgreSQL (--base) instead of the embedded HSQLDB: the same nights give the
 * same outputs, byte for byte (the audit report's clock times and folders aside); the advisory
 * lock keeps a second run off the base; an unreachable base is a configuration error.
 */
class PostgresStateIT {
    @RegisterExtension
    static final PostgresServer.PerClass POSTGRES = new PostgresServer.PerClass();
    @TempDir
    Path work;

    @Test
    void twoNightsOnPostgresqlGiveTheOutputsOfTheEmbeddedBase() throws Exception {
        // given one session, and a new PostgreSQL base beside a new embedded state
        Path input = SessionFixture.small(work.resolve("input")).root();
        String url = POSTGRES.server().createDatabase("nuits");
        Path credentials = POSTGRES.server().credentials(Files.createDirectories(work.resolve("compte")));

        // when two nights run on each, then every output of each night is the same bytes
        List<Map<String, byte[]>> embedded = sameNights(input, 2, url, credentials);

        assertThat(embedded.get(0)).containsKey("rapport-audit.html").containsKey("decisions.csv");
        assertThat(embedded.get(0).keySet()).anyMatch(f -> f.startsWith("dossiers/") && f.endsWith(".pdf"));
        // and a third night on the same folders finds nothing changed, from the base's record
        Captured unchanged = Captured.run("nightly", "--input", input.toString(), "--output",
                work.resolve("pg2").toString(), "--state", work.resolve("etat-pg").toString(), "--base", url,
                "--identifiants", credentials.toString());
        assertThat(unchanged.exit()).as(unchanged.console()).isZero();
        assertThat(unchanged.console()).contains("Aucun changement depuis la nuit n° 1");
        // and the state is in the base, not in the folder
        assertThat(work.resolve("etat-pg").resolve("jury-e61.script")).doesNotExist();
        // and explain reads the same trail from either base
        String numero = new String(embedded.get(1).get("decisions.csv"), StandardCharsets.UTF_8).lines().skip(1)
                .findFirst().orElseThrow().split(";")[0];
        Captured hsExplain = Captured.run("explain", numero, "--output", work.resolve("hs2").toString(), "--state",
                work.resolve("etat-hs").toString());
        Captured pgExplain = Captured.run("explain", numero, "--output", work.resolve("pg2").toString(), "--state",
                work.resolve("etat-pg").toString(), "--base", url, "--identifiants", credentials.toString());
        assertThat(pgExplain.exit()).as(pgExplain.console()).isZero();
        assertThat(pgExplain.out()).isEqualTo(hsExplain.out()).contains(numero);
    }

    @Test
    void aSecondRunOnTheSameBaseIsRefusedWhileTheFirstHoldsIt() throws Exception {
        // given a base whose advisory lock another run holds (from another machine: another state folder)
        Path input = SessionFixture.small(work.resolve("input")).root();
        String url = POSTGRES.server().createDatabase("verrou");
        Path credentials = POSTGRES.server().credentials(Files.createDirectories(work.resolve("compte")));
        try (Connection other = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, 0x6A75727965363101L);
            lock.execute();

            // when a night and an explain start on it
            Captured night = Captured.run("nightly", "--input", input.toString(), "--output", work.resolve("out").toString(),
                    "--state", work.resolve("etat").toString(), "--base", url, "--identifiants", credentials.toString());
            Captured explain = Captured.run("explain", "X", "--output", work.resolve("out").toString(), "--state",
                    work.resolve("etat").toString(), "--base", url, "--identifiants", credentials.toString());

            // then both are refused with exit 3, and nothing was published
            assertThat(night.exit()).as(night.console()).isEqualTo(JuryE61.LOCKED);
            assertThat(night.console()).contains("Une autre exécution utilise déjà la base d'état " + url);
            assertThat(work.resolve("out").resolve("decisions.csv")).doesNotExist();
            assertThat(explain.exit()).isIn(JuryE61.LOCKED, JuryE61.USAGE);
        }
        // and once the other run ended, the night runs
        Captured night = Captured.run("nightly", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--state", work.resolve("etat").toString(), "--base", url, "--identifiants", credentials.toString());
        assertThat(night.exit()).as(night.console()).isZero();
    }

    @Test
    void anUnreachableBaseOrAWrongPasswordIsAConfigurationError() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path wrong = Files.writeString(work.resolve("faux.properties"), "utilisateur=jury\nmot_de_passe=faux\n");

        Captured night = Captured.run("nightly", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--state", work.resolve("etat").toString(), "--base", POSTGRES.server().url("postgres"), "--identifiants",
                wrong.toString());

        assertThat(night.exit()).isEqualTo(JuryE61.USAGE);
        assertThat(night.console()).contains("Erreur de configuration : la base d'état " + POSTGRES.server().url("postgres"))
                .contains("ne répond pas").contains("JURY_BASE_MOT_DE_PASSE").doesNotContain("faux\n");
    }

    @Test
    void theDocumentCacheKeepsTheFirstEntryOfAContentOnPostgresql() throws Exception {
        // given the project's schema in a new base
        String url = POSTGRES.server().createDatabase("cache");
        DriverManagerDataSource db = new DriverManagerDataSource(url, PostgresServer.USER, PostgresServer.PASSWORD);
        fr.jurye61.io.db.StateSchema.create(db);
        StateStore store = new StateStore(new JdbcTemplate(db));

        // when two workers cache the same content, and a file's rows are counted twice
        store.cache().cacheProbe("abc", "v1", FileState.LISIBLE);
        store.cache().cacheProbe("abc", "v1", FileState.ENDOMMAGE);
        store.recordRowsRead(7, "inscriptions/a.csv", 3);
        store.recordRowsRead(7, "inscriptions/a.csv", 4);

        // then the first probe stands and the last count replaces the first
        assertThat(store.cache().cachedProbe("abc", "v1")).contains(FileState.LISIBLE);
        assertThat(store.rowsRead(7)).containsExactly(Map.entry("inscriptions/a.csv", 4));
    }

    @Test
    void theAcceptanceCorpusGivesTheSameOutputsOnPostgresql() throws Exception {
        Path corpus = Path.of("..", "shared", "acceptance", "input");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus), "no ../shared/acceptance beside the project");
        String url = POSTGRES.server().createDatabase("acceptation");
        Path credentials = POSTGRES.server().credentials(Files.createDirectories(work.resolve("compte")));

        List<Map<String, byte[]>> embedded = sameNights(corpus, 1, url, credentials);

        assertThat(embedded.get(0).keySet()).filteredOn(f -> f.startsWith("dossiers/")).hasSizeGreaterThan(3);
    }

    /**
     * Runs the same nights on a new embedded state and on the PostgreSQL base, and checks that
     * each night published the same files with the same bytes; returns the embedded ones.
     */
    private List<Map<String, byte[]>> sameNights(Path input, int nights, String url, Path credentials) throws Exception {
        List<Map<String, byte[]>> embedded = new ArrayList<>();
        for (int night = 1; night <= nights; night++) {
            Path hsOut = work.resolve("hs" + night);
            Path pgOut = work.resolve("pg" + night);
            Captured hs = Captured.run("nightly", "--input", input.toString(), "--output", hsOut.toString(), "--state",
                    work.resolve("etat-hs").toString());
            assertThat(hs.exit()).as(hs.console()).isZero();
            Captured pg = Captured.run("nightly", "--input", input.toString(), "--output", pgOut.toString(), "--state",
                    work.resolve("etat-pg").toString(), "--base", url, "--identifiants", credentials.toString());
            assertThat(pg.exit()).as(pg.console()).isZero();
            assertThat(pg.console()).contains("(base " + url + ")").doesNotContain(PostgresServer.PASSWORD);
            Map<String, byte[]> fromEmbedded = published(hsOut);
            Map<String, byte[]> fromPostgres = published(pgOut);
            assertThat(fromPostgres.keySet()).isEqualTo(fromEmbedded.keySet());
            for (String file : fromEmbedded.keySet()) {
                assertThat(new String(fromPostgres.get(file), StandardCharsets.UTF_8)).as(file + ", night " + night)
                        .isEqualTo(new String(fromEmbedded.get(file), StandardCharsets.UTF_8));
                assertThat(fromPostgres.get(file)).as(file + ", night " + night).isEqualTo(fromEmbedded.get(file));
            }
            embedded.add(fromEmbedded);
        }
        return embedded;
    }

    /** The published night's files by relative path, the audit report's clock times and folders masked. */
    private Map<String, byte[]> published(Path out) throws Exception {
        Path night = out.resolve(".courant").toRealPath();
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(night)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = night.relativize(p).toString();
                byte[] bytes = Files.readAllBytes(p);
                if (name.equals("rapport-audit.html")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceAll(java.util.regex.Pattern.quote(work.toString()) + "/(hs|pg)\\d", "SORTIE")
                            .replaceAll("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}", "DATE")
                            .replaceAll("\\d+ min \\d{2} s", "DUREE").getBytes(StandardCharsets.UTF_8);
                }
                files.put(name, bytes);
            }
        }
        return files;
    }
}
