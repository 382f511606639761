package fr.jurye61.reports.csv;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Rejection;
import fr.jurye61.reports.OutputLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The CSV outputs of output.md: rejets.csv, decisions.csv, constats.csv. */
public final class CsvReports {
    private CsvReports() {
    }

    /** Every rejected input row or file; {@code ligne} empty for a whole file. */
    public static void rejets(Path output, List<Rejection> rejections) throws IOException {
        CsvReportWriter.write(output.resolve(OutputLayout.REJETS), List.of("fichier", "ligne", "code", "message"),
                rejections.stream().map(r -> List.of(r.fichier(), r.ligne() == null ? "" : String.valueOf(r.ligne()),
                        r.code().name(), r.message())).toList());
    }

    /** One row per accepted candidate, sorted by number; {@code voie} is the effective path. */
    public static void decisions(Path output, List<Candidate> candidates, Map<String, Outcome> outcomes)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Candidate c : candidates.stream().sorted((a, b) -> a.numero().compareTo(b.numero())).toList()) {
            Outcome o = outcomes.get(c.numero());
            if (o == null) {
                throw new IllegalStateException("No outcome for candidate " + c.numero());
            }
            rows.add(List.of(c.numero(), c.nom(), c.prenom(), EnumText.code(c.voieEffective()), c.commission(),
                    o.recevabilite().name(), o.conformite().name(), o.decision().name(),
                    String.join("|", o.constats())));
        }
        CsvReportWriter.write(output.resolve(OutputLayout.DECISIONS), Arrays.asList("numero_candidat", "nom", "prenom", "voie",
                "commission", "recevabilite", "conformite", "decision", "constats"), rows);
    }

    /** notices/president-jury.csv, sorted by commission then candidate. */
    public static void notices(Path output, List<fr.jurye61.domain.JuryNotice> notices) throws IOException {
        CsvReportWriter.write(output.resolve(OutputLayout.NOTICES_CSV), List.of("code_commission", "numero_candidat", "nom", "prenom",
                "motif"), notices.stream().map(n -> List.of(n.commission(), n.numero(), n.nom(), n.prenom(),
                n.motif().name())).toList());
    }

    /** changements.csv: what changed since the previous completed run with the same state. */
    public static void changements(Path output, List<fr.jurye61.domain.Change> changes) throws IOException {
        CsvReportWriter.write(output.resolve(OutputLayout.CHANGEMENTS), List.of("numero_candidat", "decision_avant", "decision_apres",
                "constats_ajoutes", "constats_retires"), changes.stream().map(c -> List.of(c.numero(),
                c.avant() == null ? "" : c.avant().name(), c.apres() == null ? "" : c.apres().name(),
                String.join("|", c.ajoutes()), String.join("|", c.retires()))).toList());
    }

    /** Every finding of every gravité, in the one order of findings. */
    public static void constats(Path output, List<Finding> findings) throws IOException {
        CsvReportWriter.write(output.resolve(OutputLayout.CONSTATS), List.of("numero_candidat", "regle", "gravite", "clause",
                "preuve", "message", "statut", "auteur_decision", "justification"),
                findings.stream().sorted(Finding.ORDER).map(f -> List.of(f.numero(), f.regle(), f.gravite().name(),
                        f.clause(), f.preuve(), f.message(), EnumText.code(f.statut()),
                        f.auteurDecision() == null ? "" : f.auteurDecision(),
                        f.justification() == null ? "" : f.justification())).toList());
    }

    /** courriers/suivi.csv: what was asked of whom, since when, by when, still open or not. */
    public static void suivi(Path output, List<fr.jurye61.domain.LetterFollowUp> lines) throws IOException {
        CsvReportWriter.write(output.resolve(OutputLayout.COURRIERS_SUIVI), List.of("etablissement", "numero_candidat",
                "nom", "prenom", "regle", "demande", "premiere_demande", "echeance", "en_cours", "courrier"),
                lines.stream().map(l -> List.of(l.etablissement(), l.numero(), l.nom(), l.prenom(), l.regle(), l.asked(),
                        l.firstAsked().toString(), l.due().toString(), l.open() ? "oui" : "non", l.letter())).toList());
    }
}
