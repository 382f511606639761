package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;

/** A required section of §2.1.3 that must be found in the report. */
abstract class SectionPresenceRule extends ContentRule {
    private final SectionType type;

    protected SectionPresenceRule(String id, SectionType type) {
        super(id);
        this.type = type;
    }

    /**
     * Every top-level heading found, with its page: the clerk sees at once whether the section
     * is there under another name (the sections recognised when no heading list was kept).
     */
    static String headingsFound(fr.jurye61.domain.ReportAnalysis report) {
        if (!report.headings().isEmpty()) {
            return "titres trouvés : " + String.join(", ", report.headings().stream()
                    .map(h -> "« " + h.titre() + " » p. " + h.pageDebut()).toList());
        }
        return report.sections().isEmpty() ? "aucune section reconnue"
                : "sections reconnues : " + String.join(", ", report.sections().stream()
                        .map(s -> s.type().libelle() + " p. " + s.pageDebut()).distinct().toList());
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (report(file).first(type).isPresent()) {
            return List.of();
        }
        String found = headingsFound(report(file));
        return fire(file, fileName(file, session) + "aucun titre de " + type.libelle() + " dans le corps du rapport ("
                + (report(file).outlineUsed() ? "signets" : "texte") + ") ; " + found, Map.of(), source(file, session));
    }
}
