package fr.jurye61.cli;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.config.ConfigurationException;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.pdf.PagePictures;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.reports.AtomicOutput;
import fr.jurye61.reports.CheckReportHtmlRenderer;
import fr.jurye61.reports.CheckReportRenderer;
import fr.jurye61.rules.engine.RuleEngine;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
@Command(name = "check-report", mixinStandardHelpOptions = true,
        description = {"Contrôle un rapport PDF avant dépôt : les règles de contenu (pages hors annexes, sections, "
                + "résumé en anglais, exemple QSSE), avec les pages où chaque section a été trouvée.",
                "Les règles de date, de visa et de doublon ne concernent que la nuit du service des examens."},
        exitCodeList = {"0:rien à corriger ni à vérifier", "1:au moins un constat demande une correction ou une vérification",
                "2:erreur d'usage (fichier introuvable, option invalide)"},
        footer = {"  jury-e61 check-report mon-rapport.pdf",
                "  jury-e61 check-report --format html mon-rapport.pdf -o controle.html"})
public class CheckReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<rapport>", description = "Le rapport à contrôler (un fichier PDF).")
    Path file;

    @Option(names = "--session", paramLabel = "<fichier>",
            description = "Le session.properties dont prendre les seuils (défaut : les valeurs de la réglementation).")
    Path session;

    @Option(names = "--format", defaultValue = "text", paramLabel = "<format>",
            description = "text, json, ou html : une page avec l'image des pages où chaque section a été trouvée "
                    + "(avec -o ; défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--sortie"}, paramLabel = "<fichier>",
            description = "Écrire le résultat dans ce fichier plutôt qu'à l'écran (obligatoire avec --format html).")
    Path target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json") && !format.equals("html")) {
            err.println("Valeur invalide pour --format : « " + format + " » (text, json ou html).");
            err.flush();
            return JuryE61.USAGE;
        }
        if (format.equals("html") && target == null) {
            err.println("--format html écrit une page : donner son fichier avec -o, par exemple -o controle.html.");
            err.flush();
            return JuryE61.USAGE;
        }
        if (target != null && java.nio.file.Files.isDirectory(target)) {
            err.println(target + " est un dossier : donner le fichier à écrire avec -o, par exemple -o controle.html.");
            err.flush();
            return JuryE61.USAGE;
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            err.println(java.nio.file.Files.isDirectory(file) ? file + " est un dossier : donner le fichier PDF du rapport."
                    : "Fichier introuvable : " + file);
            err.flush();
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
        String result = switch (format) {
            case "json" -> CheckReportRenderer.json(file.toString(), analysis, findings);
            case "html" -> CheckReportHtmlRenderer.render(file.getFileName().toString(), analysis, findings, parameters,
                    analysis.readable() ? PagePictures.draw(file, headingPages(analysis)) : java.util.Map.of());
            default -> CheckReportRenderer.text(file.toString(), analysis, findings, parameters);
        };
        PrintWriter out = spec.commandLine().getOut();
        if (target == null) {
            out.print(result);
        } else {
            try {
                AtomicOutput.write(target.toAbsolutePath(), o -> o.write(result.getBytes(StandardCharsets.UTF_8)));
            } catch (java.io.IOException e) {
                err.println("Écriture impossible de " + target + " : " + e.getMessage());
                err.flush();
                return JuryE61.USAGE;
            }
            out.println("Résultat écrit dans " + target);
        }
        out.flush();
        return findings.stream().anyMatch(Finding::isOpenIssue) ? JuryE61.FAILED : JuryE61.OK;
    }

    /** The pages where a section's heading was found, with the headings to box on each. */
    static java.util.Map<Integer, List<String>> headingPages(ReportAnalysis analysis) {
        java.util.Map<Integer, List<String>> pages = new java.util.TreeMap<>();
        analysis.sections().forEach(s -> pages.computeIfAbsent(s.pageDebut(), k -> new ArrayList<>()).add(s.titre()));
        return pages;
    }

    /** The engine's first phase with the content rules, on the report alone. */
    static List<Finding> check(ReportAnalysis analysis, SessionParameters parameters) {
        List<Finding> findings = new ArrayList<>(RuleEngine.content().check(CandidateFile.reportOnly(analysis),
                parameters).findings());
        findings.sort(Finding.ORDER);
        return findings;
    }
}
