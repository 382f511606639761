package fr.jurye61.cli;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Voie;
import fr.jurye61.io.config.ConfigurationException;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.reports.CheckReportRenderer;
import fr.jurye61.rules.Rule;
import fr.jurye61.rules.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What a candidate or a teacher runs before depositing: the report-content rules on one PDF
 * (no deadline, visa or duplicate check), with the pages where each section was found.
 * Exit 0 when nothing is to be fixed or verified, 1 when a finding asks for it, 2 on a usage error.
 */
@Command(name = "check-report", description = "Contrôle un rapport PDF avant dépôt (règles de contenu).")
public class CheckReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FICHIER.pdf", description = "Le rapport à contrôler.")
    Path file;

    @Option(names = "--session", description = "session.properties pour les seuils (défaut : valeurs de input.md).")
    Path session;

    @Option(names = "--format", defaultValue = "text", description = "text (défaut) ou json.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            spec.commandLine().getErr().println("--format : text ou json.");
            return JuryE61.USAGE;
        }
        SessionParameters parameters;
        try {
            parameters = session == null ? SessionPropertiesLoader.defaults() : SessionPropertiesLoader.loadFile(session);
        } catch (ConfigurationException e) {
            spec.commandLine().getErr().println("Erreur de configuration : " + e.getMessage());
            return JuryE61.USAGE;
        }
        ReportAnalysis analysis = ReportAnalyser.analyse(file);
        List<Finding> findings = check(analysis, parameters);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? CheckReportRenderer.json(file.toString(), analysis, findings)
                : CheckReportRenderer.text(file.toString(), analysis, findings, parameters));
        out.flush();
        return findings.stream().anyMatch(Finding::isOpenIssue) ? JuryE61.FAILED : JuryE61.OK;
    }

    static List<Finding> check(ReportAnalysis analysis, SessionParameters parameters) {
        Candidate nobody = new Candidate("-", "-", "-", null, Voie.SCOLAIRE, null, null, false, false, null, null, "-",
                new SourceRef("-", 0));
        CandidateFile file = new CandidateFile(nobody, List.of(), List.of(), List.of(), true, analysis, List.of());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleEngine.contentRules()) {
            if (rule.appliesTo(file, parameters)) {
                findings.addAll(rule.check(file, parameters));
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }
}
