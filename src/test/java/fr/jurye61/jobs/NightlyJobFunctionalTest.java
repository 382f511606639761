package fr.jurye61.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.domain.Candidate;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The nightly job on small sessions: what is accepted, rejected, reconciled, and how it restarts. */
class NightlyJobFunctionalTest extends NightlyJobTestSupport {
    @Autowired
    JobOperatorTestUtils jobOperatorTestUtils;
    @Autowired
    NightlyRunner runner;
    @Autowired
    StateStore store;

    @TempDir
    Path work;

    /** Not a method returning JobExecution: @SpringBatchTest would take it for an execution factory. */
    private final Launcher launcher = new Launcher();

    private final class Launcher {
        JobExecution run(Path input, Path output) throws Exception {
            return jobOperatorTestUtils.startJob(new JobParametersBuilder()
                    .addString(RunContext.INPUT, input.toString())
                    .addString(RunContext.OUTPUT, output.toString())
                    .addString(RunContext.STATE, work.resolve("etat").toString())
                    .addString(RunContext.LAUNCH, String.valueOf(System.nanoTime()))
                    .toJobParameters());
        }
    }

    @Test
    void ingestsASmallSessionAndListsEveryRejectedRow() throws Exception {
        // given a session with bad rows in every file
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path output = work.resolve("out");

        // when the job runs
        JobExecution execution = launcher.run(input, output);

        // then it completes and rejets.csv lists exactly the bad rows, sorted by file and line
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        byte[] bytes = Files.readAllBytes(output.resolve("rejets.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("fichier;ligne;code;message");
        assertThat(lines.subList(1, lines.size())).extracting(l -> String.join(";", List.of(l.split(";", 4)).subList(0, 3)))
                .containsExactly(
                        "grilles/grilles.csv;3;CANDIDAT_INCONNU",
                        "inscriptions/a.csv;4;IDENTIFIANT_INVALIDE",
                        "inscriptions/a.csv;7;DOUBLON_CONFLICTUEL",
                        "inscriptions/a.csv;8;DOUBLON_CONFLICTUEL",
                        "pieces/pieces.csv;3;CANDIDAT_INCONNU",
                        "pieces/pieces.csv;4;PERIODE_INVERSEE",
                        "pieces/pieces.csv;5;CHEMIN_INTERDIT",
                        "rapports/depots.csv;;COLONNES_MANQUANTES");

        // and the accepted registrations are kept once, names read from Windows-1252 intact
        long runId = execution.getJobInstance().getInstanceId();
        assertThat(store.candidates(runId)).extracting(Candidate::numero).containsExactly("P01", "P02", "P03", "P05");
        assertThat(store.candidates(runId)).filteredOn(c -> c.numero().equals("P05"))
                .singleElement().satisfies(c -> assertThat(c.prenom()).isEqualTo("Françoise"));
        assertThat(store.commissions(runId)).hasSize(2);
        assertThat(store.notices(runId)).extracting(n -> n.code())
                .contains("DOUBLON_IDENTIQUE", "COLONNE_INCONNUE");

        // and every file reconciles: read = accepted + rejected
        List<Integer> mismatches = jdbc.queryForList("SELECT LIGNES_LUES - LIGNES_ACCEPTEES - LIGNES_REJETEES "
                + "FROM J_FICHIER_LU WHERE RUN_ID = ?", Integer.class, runId);
        assertThat(mismatches).hasSize(7).containsOnly(0);
        assertThat(jdbc.queryForObject("SELECT LIGNES_LUES FROM J_FICHIER_LU WHERE RUN_ID = ? AND FICHIER = ?",
                Integer.class, runId, "inscriptions/a.csv")).isEqualTo(7);
    }

    @Test
    void aGeneratedSampleSessionIsIngestedWithoutRejection() throws Exception {
        Path input = work.resolve("sample");
        new fr.jurye61.sample.SampleSessionGenerator(input, 24, 2, 7).generate();
        JobExecution execution = launcher.run(input, work.resolve("out"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Files.readString(work.resolve("out/rejets.csv"))).isEqualTo("\uFEFFfichier;ligne;code;message\r\n");
        assertThat(store.candidates(execution.getJobInstance().getInstanceId())).hasSize(24);
    }

    @Test
    void aSecondNightStartsANewRunAndAFailedRunIsResumed() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path output = work.resolve("out");

        // given a completed night
        JobExecution first = runner.run(input, output, work.resolve("etat")).execution();
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        // when the next night runs, it is a new run with its own state
        JobExecution second = runner.run(input, output, work.resolve("etat")).execution();
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getJobInstance().getInstanceId()).isNotEqualTo(first.getJobInstance().getInstanceId());
        byte[] expected = Files.readAllBytes(output.resolve("rejets.csv"));

        // given a third night whose output step fails (a full disk while rejets.csv is written)
        Path other = work.resolve("other-out");
        System.setProperty("jury.test.echec-ecriture", "rejets.csv");
        JobExecution failed;
        try {
            failed = runner.run(input, other, work.resolve("etat")).execution();
        } finally {
            System.clearProperty("jury.test.echec-ecriture");
        }
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        // when the disk has room again and the same command runs again
        JobExecution resumed = runner.run(input, other, work.resolve("etat")).execution();

        // then the failed run is resumed, not restarted from scratch, and ends as an uninterrupted one
        assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long runId = resumed.getJobInstance().getInstanceId();
        assertThat(runId).isEqualTo(failed.getJobInstance().getInstanceId());
        assertThat(resumed.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("sorties-csv", "dossiers", "notices", "courriers", "audit", "publication");
        assertThat(Files.readAllBytes(other.resolve("rejets.csv"))).isEqualTo(expected);
        assertThat(store.candidates(runId)).hasSize(4);
    }
}
