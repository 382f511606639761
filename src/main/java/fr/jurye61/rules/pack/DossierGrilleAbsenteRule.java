package fr.jurye61.rules.pack;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckedGrid;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * DOSSIER-GRILLE-ABSENTE (§2.1.4): the candidate would be interviewed but has no readable grid.
 * The engine asks it only of candidates who would otherwise be INTERROGE.
 */
public final class DossierGrilleAbsenteRule extends AbstractRule {
    public DossierGrilleAbsenteRule() {
        super("DOSSIER-GRILLE-ABSENTE");
    }

    /**
     * The grid that goes into the pack: the last usable one listed (a later row supersedes an
     * earlier one, rules.md §5), if any. The one rule that chooses it: the engine records its
     * choice with the outcome, and the pack step builds from that record.
     */
    public static Optional<CheckedGrid> packGrid(CandidateFile file) {
        List<CheckedGrid> grids = file.grids();
        for (int i = grids.size() - 1; i >= 0; i--) {
            if (grids.get(i).state().usable()) {
                return Optional.of(grids.get(i));
            }
        }
        return Optional.empty();
    }

    public static boolean hasUsableGrid(CandidateFile file) {
        return packGrid(file).isPresent();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (hasUsableGrid(file)) {
            return List.of();
        }
        String seen = file.grids().isEmpty() ? "aucune ligne pour " + file.numero() + " dans " + InputLayout.GRILLES
                : file.grids().stream().map(DossierGrilleAbsenteRule::describe).collect(Collectors.joining(" ; "));
        return fire(file, seen, Map.of(),
                file.grids().isEmpty() ? file.candidate().source() : file.grids().get(0).grid().source());
    }

    private static String describe(CheckedGrid g) {
        return Evidence.where(g.grid().source()) + " : " + InputLayout.grid(g.grid().fichier()) + " (" + g.state().libelle() + ")";
    }
}
