package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/**
 * RAPPORT-PAGES-MAX (§2.1.3): at most rapport_pages_max pages before the annexes, counted from
 * page 1: cover and table of contents included (§2.1.3 is silent; our interpretation).
 */
public final class RapportPagesMaxRule extends ContentRule {
    public RapportPagesMaxRule() {
        super("RAPPORT-PAGES-MAX");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        int pages = report(file).pagesBeforeAnnexes();
        if (pages <= session.rapportPagesMax()) {
            return List.of();
        }
        Integer annex = report(file).annexStart();
        String where = annex == null ? "aucune annexe repérée, " + report(file).pages() + " pages en tout"
                : "annexes à partir de la p. " + annex + " sur " + report(file).pages();
        return fire(file, fileName(file, session) + pages + " pages avant les annexes (" + where + ") > "
                + Evidence.parameter("rapport_pages_max", session.rapportPagesMax()),
                Map.of("pages", String.valueOf(pages), "seuil", String.valueOf(session.rapportPagesMax())),
                source(file, session));
    }
}
