package fr.jurye61.io.db;

import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Check;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Conformite;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Famille;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Recevabilite;
import fr.jurye61.domain.Statut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evaluation stage of the state: each candidate's findings (J_CONSTAT), checks
 * (J_VERIFICATION), outcome (J_RESULTAT), the key of its inputs (J_CLE_EVALUATION) and the
 * documents it retained (J_DOCUMENT_RETENU), per run; taken over in SQL when the inputs did not change.
 */
public final class EvaluationStore {
    private final JdbcTemplate jdbc;

    EvaluationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores what the rules said of some candidates (findings, checks, passed ones too, and outcome), one batch per table. */
    public void insertEvaluations(long runId, List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO J_CONSTAT (RUN_ID, NUMERO, REGLE, GRAVITE, CLAUSE, FAMILLE, "
                + "PREUVE, MESSAGE, SOURCE_FICHIER, SOURCE_LIGNE, STATUT, AUTEUR_DECISION, "
                + "JUSTIFICATION) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", evaluations.stream()
                .flatMap(e -> e.findings().stream())
                .map(f -> new Object[] {runId, f.numero(), f.regle(), f.gravite().name(), f.clause(), f.famille().name(),
                        f.preuve(), f.message(), f.source() == null ? null : f.source().fichier(),
                        f.source() == null ? null : f.source().ligne(), f.statut().name(), f.auteurDecision(),
                        f.justification()}).toList());
        jdbc.batchUpdate("INSERT INTO J_VERIFICATION (RUN_ID, NUMERO, REGLE, RESULTAT, CONSTATS) VALUES (?,?,?,?,?)",
                evaluations.stream()
                .flatMap(e -> e.checks().stream())
                .map(c -> new Object[] {runId, c.numero(), c.regle(), c.resultat().name(), c.constats()}).toList());
        jdbc.batchUpdate("INSERT INTO J_RESULTAT (RUN_ID, NUMERO, RECEVABILITE, CONFORMITE, DECISION, "
                + "CONSTATS) VALUES (?,?,?,?,?,?)", evaluations.stream().map(e -> {
            Outcome o = e.outcome();
            return new Object[] {runId, e.candidate().numero(), o.recevabilite().name(), o.conformite().name(),
                    o.decision().name(), String.join("|", o.constats())};
        }).toList());
    }

    /** The keys of the inputs a run's candidates were evaluated from, stored with their evaluations. */
    public void recordEvaluationKeys(long runId, Map<String, String> keysByNumero) {
        jdbc.batchUpdate("INSERT INTO J_CLE_EVALUATION (RUN_ID, NUMERO, CLE) VALUES (?,?,?)", keysByNumero.entrySet()
                .stream().map(e -> new Object[] {runId, e.getKey(), e.getValue()}).toList());
    }

    /** A run's evaluation keys by candidate number; {@code runId} is -1 when no earlier run stored any. */
    public record EvaluationKeys(long runId, Map<String, String> keys) {
    }

    /**
     * The evaluation keys of the latest run before this one that stored any, restricted to the
     * candidates whose outcome that run stored (keys and rows are written in one transaction).
     */
    public EvaluationKeys previousEvaluationKeys(long runId) {
        Long previous = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM J_CLE_EVALUATION WHERE RUN_ID < ?", Long.class,
                runId);
        if (previous == null) {
            return new EvaluationKeys(-1, Map.of());
        }
        Map<String, String> keys = new HashMap<>();
        jdbc.query("SELECT K.NUMERO, K.CLE FROM J_CLE_EVALUATION K JOIN J_RESULTAT R ON R.RUN_ID = K.RUN_ID "
                + "AND R.NUMERO = K.NUMERO WHERE K.RUN_ID = ?", rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                }, previous);
        return new EvaluationKeys(previous, Map.copyOf(keys));
    }

    /**
     * Copies some candidates' findings, checks, retained documents and outcome from an earlier run into this one, as
     * that run stored them; returns how many outcomes were copied (one per candidate found).
     */
    public int copyEvaluations(long fromRun, long toRun, List<String> numeros) {
        if (numeros.isEmpty()) {
            return 0;
        }
        // One lookup per candidate: the (RUN_ID, NUMERO) index finds its rows among every night's.
        List<Object[]> args = numeros.stream().map(n -> new Object[] {toRun, fromRun, n}).toList();
        String where = " WHERE RUN_ID = ? AND NUMERO = ?";
        jdbc.batchUpdate("INSERT INTO J_CONSTAT (RUN_ID, NUMERO, REGLE, GRAVITE, CLAUSE, FAMILLE, PREUVE, MESSAGE, "
                + "SOURCE_FICHIER, SOURCE_LIGNE, STATUT, AUTEUR_DECISION, JUSTIFICATION) SELECT CAST(? AS BIGINT), "
                + "NUMERO, REGLE, GRAVITE, CLAUSE, FAMILLE, PREUVE, MESSAGE, SOURCE_FICHIER, SOURCE_LIGNE, STATUT, "
                + "AUTEUR_DECISION, JUSTIFICATION FROM J_CONSTAT" + where, args);
        jdbc.batchUpdate("INSERT INTO J_VERIFICATION (RUN_ID, NUMERO, REGLE, RESULTAT, CONSTATS) SELECT CAST(? AS BIGINT), "
                + "NUMERO, REGLE, RESULTAT, CONSTATS FROM J_VERIFICATION" + where, args);
        jdbc.batchUpdate("INSERT INTO J_DOCUMENT_RETENU (RUN_ID, NUMERO, ROLE, FICHIER, SHA256, ETAT) SELECT "
                + "CAST(? AS BIGINT), NUMERO, ROLE, FICHIER, SHA256, ETAT FROM J_DOCUMENT_RETENU" + where, args);
        return java.util.Arrays.stream(jdbc.batchUpdate("INSERT INTO J_RESULTAT (RUN_ID, NUMERO, RECEVABILITE, "
                + "CONFORMITE, DECISION, CONSTATS) SELECT CAST(? AS BIGINT), NUMERO, RECEVABILITE, CONFORMITE, DECISION, "
                + "CONSTATS FROM J_RESULTAT" + where, args)).sum();
    }

    /** The documents some candidates' evaluations retained, one batch. */
    public void insertRetainedDocuments(long runId, List<RetainedDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO J_DOCUMENT_RETENU (RUN_ID, NUMERO, ROLE, FICHIER, SHA256, ETAT) VALUES (?,?,?,?,?,?)",
                documents.stream().map(d -> new Object[] {runId, d.numero(), d.role().name(), d.fichier(), d.sha256(),
                        d.etat().name()}).toList());
    }

    /** What each candidate's evaluation retained in a run, by candidate and role. */
    public Map<String, Map<RetainedDocument.Role, RetainedDocument>> retainedDocuments(long runId) {
        Map<String, Map<RetainedDocument.Role, RetainedDocument>> byCandidate = new java.util.TreeMap<>();
        jdbc.query("SELECT NUMERO, ROLE, FICHIER, SHA256, ETAT FROM J_DOCUMENT_RETENU WHERE RUN_ID = ? "
                + "ORDER BY NUMERO, ROLE", rs -> {
                    RetainedDocument d = new RetainedDocument(rs.getString("NUMERO"),
                            RetainedDocument.Role.valueOf(rs.getString("ROLE")), rs.getString("FICHIER"),
                            rs.getString("SHA256"), FileState.valueOf(rs.getString("ETAT")));
                    byCandidate.computeIfAbsent(d.numero(), k -> new java.util.EnumMap<>(RetainedDocument.Role.class))
                            .put(d.role(), d);
                }, runId);
        return byCandidate;
    }

    /** Every finding of a run, in the one order of findings. */
    public List<Finding> findings(long runId) {
        List<Finding> findings = new ArrayList<>(jdbc.query("SELECT * FROM J_CONSTAT WHERE RUN_ID = ?",
                (rs, i) -> new Finding(rs.getString("NUMERO"), rs.getString("REGLE"),
                        Gravite.valueOf(rs.getString("GRAVITE")), rs.getString("CLAUSE"),
                        Famille.valueOf(rs.getString("FAMILLE")), rs.getString("PREUVE"), rs.getString("MESSAGE"),
                        rs.getString("SOURCE_FICHIER") == null ? null
                                : new SourceRef(rs.getString("SOURCE_FICHIER"), rs.getInt("SOURCE_LIGNE")),
                        Statut.valueOf(rs.getString("STATUT")), rs.getString("AUTEUR_DECISION"),
                        rs.getString("JUSTIFICATION")), runId));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Outcomes of a run by candidate number, sorted. */
    public Map<String, Outcome> outcomes(long runId) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        jdbc.query("SELECT * FROM J_RESULTAT WHERE RUN_ID = ?", rs -> {
            String constats = rs.getString("CONSTATS");
            outcomes.put(rs.getString("NUMERO"), new Outcome(Recevabilite.valueOf(rs.getString("RECEVABILITE")),
                    Conformite.valueOf(rs.getString("CONFORMITE")), Decision.valueOf(rs.getString("DECISION")),
                    constats.isEmpty() ? List.of() : List.of(constats.split("\\|"))));
        }, runId);
        return outcomes;
    }

    public List<Check> checks(long runId, String numero) {
        return jdbc.query("SELECT * FROM J_VERIFICATION WHERE RUN_ID = ? AND NUMERO = ? ORDER BY REGLE",
                (rs, i) -> new Check(rs.getString("NUMERO"), rs.getString("REGLE"),
                        CheckResult.valueOf(rs.getString("RESULTAT")), rs.getInt("CONSTATS")), runId, numero);
    }
}
