package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** PIECE-FICHIER-ILLISIBLE (§4): a document whose file cannot be read is ignored. */
public final class PieceFichierIllisibleRule extends AbstractRule {
    public PieceFichierIllisibleRule() {
        super("PIECE-FICHIER-ILLISIBLE");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        return file.pieces().stream().filter(p -> !p.usable())
                .map(p -> finding(file, Evidence.where(p.piece().source()) + " : " + InputLayout.piece(p.piece().fichier()) + " ("
                                + p.state().libelle() + ")",
                        Map.of("type", EnumText.code(p.piece().type()), "etat", p.state().libelle()), p.piece().source()))
                .toList();
    }
}
