package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RAPPORT-RESUME-ANGLAIS (§2.1.3): an English summary must be found, and its text must be
 * English: the language is decided on the section's text, never on its heading.
 */
public final class RapportResumeAnglaisRule extends ContentRule {
    public RapportResumeAnglaisRule() {
        super("RAPPORT-RESUME-ANGLAIS");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        Optional<ReportSection> summary = report(file).first(SectionType.RESUME_ANGLAIS);
        if (summary.isEmpty()) {
            return fire(file, fileName(file, session) + "aucun titre Summary, Abstract ou Résumé en anglais dans le "
                    + "corps du rapport", Map.of("detail", "non trouvé"), source(file, session));
        }
        String language = report(file).summaryLanguage();
        if (language.equals("en")) {
            return List.of();
        }
        String detail = language.equals("fr") ? "rédigé en français" : "dont la langue n'a pas pu être reconnue comme l'anglais";
        return fire(file, fileName(file, session) + summary.get().evidence() + " ; texte de " + report(file).summaryWords()
                + " mots, langue détectée : " + (language.equals("fr") ? "français" : "indéterminée"),
                Map.of("detail", detail), source(file, session));
    }
}
