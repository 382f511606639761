package fr.jurye61.rules.pack;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckedGrid;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DOSSIER-CONTENU-ACTIF-PERSISTANT (§2.1.4): the grid or the report that would go into the pack
 * keeps active content the sanitiser cannot remove. The file is not handed to the commission: the
 * candidate waits for a new file, and that candidate alone — the rest of the night goes on.
 * Asked, like DOSSIER-GRILLE-ABSENTE, only of candidates who would otherwise be INTERROGE.
 */
public final class DossierContenuActifPersistantRule extends AbstractRule {
    public DossierContenuActifPersistantRule() {
        super("DOSSIER-CONTENU-ACTIF-PERSISTANT");
    }

    /** Whether both files of the pack can be cleaned (a missing grid is DOSSIER-GRILLE-ABSENTE's). */
    public static boolean cleanable(CandidateFile file) {
        return DossierGrilleAbsenteRule.packGrid(file).map(g -> g.leftAfterCleaning().isEmpty()).orElse(true)
                && (file.report() == null || file.report().leftAfterCleaning().isEmpty());
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        List<Finding> findings = new ArrayList<>();
        Optional<CheckedGrid> grid = DossierGrilleAbsenteRule.packGrid(file).filter(g -> !g.leftAfterCleaning().isEmpty());
        grid.ifPresent(g -> findings.add(finding(file, Evidence.where(g.grid().source()) + " : "
                + InputLayout.grid(g.grid().fichier()) + " garde " + String.join(", ", g.leftAfterCleaning()) + " après nettoyage",
                Map.of("fichier", InputLayout.grid(g.grid().fichier()), "reste", String.join(", ", g.leftAfterCleaning())),
                g.grid().source())));
        if (file.report() != null && !file.report().leftAfterCleaning().isEmpty()) {
            Optional<Deposit> deposit = file.countedDeposit(session);
            String name = deposit.map(d -> InputLayout.report(d.fichier())).orElse("le rapport");
            String left = String.join(", ", file.report().leftAfterCleaning());
            findings.add(finding(file, deposit.map(d -> Evidence.where(d.source()) + " : ").orElse("") + name
                    + " garde " + left + " après nettoyage", Map.of("fichier", name, "reste", left),
                    deposit.map(Deposit::source).orElse(null)));
        }
        return findings;
    }
}
