package fr.jurye61.jobs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.LetterFollowUp;
import fr.jurye61.domain.LetterRequest;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.PdfFiles;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.jobs.night.StepProgressListener;
import fr.jurye61.reports.FrenchText;
import fr.jurye61.reports.OutputLayout;
import fr.jurye61.reports.csv.CsvReports;
import fr.jurye61.reports.pdf.LettersPdfRenderer;
import fr.jurye61.rules.pack.LetterFollowUps;
import fr.jurye61.rules.pack.LetterRequests;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes courriers/: for each school, one PDF with the letters of its candidates whose outcome
 * waits on something they or the school must send, and courriers/suivi.csv. What tonight asks is
 * recorded with the night's date, so that a request made again keeps its first date.
 */
public class LettersTasklet implements Tasklet {
    private final StateStore store;
    private final NightInputs inputs;

    public LettersTasklet(StateStore store, NightInputs inputs) {
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        SessionParameters session = inputs.session();
        LocalDate night = run.nightDate();
        List<Candidate> candidates = store.candidates(run.runId());
        Map<String, Candidate> byNumero = candidates.stream()
                .collect(Collectors.toMap(Candidate::numero, c -> c, (a, b) -> a, TreeMap::new));
        List<LetterRequest> requests = LetterRequests.select(candidates, store.evaluations().findings(run.runId()));
        Map<String, String> files = OutputLayout.letterFiles(requests.stream().map(r -> school(byNumero.get(r.numero())))
                .collect(Collectors.toSet()));
        List<LetterFollowUp> followUps = LetterFollowUps.of(requests, candidates,
                store.letters().askedBefore(run.runId()), night, session.delaiRegularisationJours(),
                c -> files.get(school(c)));

        // the letters, grouped by school, each candidate's requests in rule order
        Map<String, Map<String, List<LetterRequest>>> bySchool = new TreeMap<>();
        for (LetterRequest r : requests) {
            bySchool.computeIfAbsent(school(byNumero.get(r.numero())), k -> new TreeMap<>())
                    .computeIfAbsent(r.numero(), k -> new ArrayList<>()).add(r);
        }
        Files.createDirectories(run.staging().resolve(OutputLayout.COURRIERS));
        for (Map.Entry<String, Map<String, List<LetterRequest>>> school : bySchool.entrySet()) {
            List<LettersPdfRenderer.Letter> letters = new ArrayList<>();
            StringBuilder seed = new StringBuilder("courriers/" + session.session() + "/" + night + "/" + school.getKey());
            for (Map.Entry<String, List<LetterRequest>> candidate : school.getValue().entrySet()) {
                Map<String, LetterFollowUp> theirs = new LinkedHashMap<>();
                followUps.stream().filter(f -> f.open() && f.numero().equals(candidate.getKey()))
                        .forEach(f -> theirs.put(f.regle(), f));
                letters.add(new LettersPdfRenderer.Letter(byNumero.get(candidate.getKey()), candidate.getValue(), theirs));
                theirs.values().forEach(f -> seed.append('|').append(f.numero()).append(':').append(f.regle())
                        .append(':').append(f.firstAsked()));
            }
            LettersPdfRenderer.render(run.staging().resolve(files.get(school.getKey())), session.libelle(),
                    school.getKey(), night, letters, PdfFiles.stableId(seed.toString()));
        }
        CsvReports.suivi(run.staging(), followUps);
        store.letters().record(run.runId(), night, requests, byNumero);

        long asked = requests.stream().map(LetterRequest::numero).distinct().count();
        chunkContext.getStepContext().getStepExecution().getExecutionContext()
                .putInt(fr.jurye61.jobs.night.NightSummary.CANDIDATES_ASKED, (int) asked);
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putString(StepProgressListener.SUMMARY,
                FrenchText.count(asked, "candidat") + " à relancer, " + FrenchText.count(bySchool.size(), "établissement")
                        + " (courriers/)");
        return RepeatStatus.FINISHED;
    }

    private static String school(Candidate c) {
        return c.etablissement() == null ? "" : c.etablissement().strip();
    }
}
