package fr.jurye61.io.db;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidates' state in the embedded database: what each run accepted, rejected and
 * noticed. Writes join the caller's transaction (a chunk or a tasklet), so a failed step
 * leaves nothing half-written for its restart.
 */
public class StateStore {
    private final JdbcTemplate jdbc;

    public StateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- writes ----

    public void insert(long runId, Object record) {
        if (record instanceof Commission c) {
            jdbc.update("INSERT INTO J_COMMISSION VALUES (?,?,?,?,?,?,?,NULL)",
                    runId, c.code(), c.libelle(), date(c.dateInterrogation()), c.lieu(),
                    c.source().fichier(), c.source().ligne());
        } else if (record instanceof Candidate c) {
            jdbc.update("INSERT INTO J_CANDIDAT VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
                    runId, c.numero(), c.nom(), c.prenom(), date(c.dateNaissance()), code(c.voie()),
                    code(c.statutFc()), code(c.voieDistance()), c.redoublant(), c.contratParticulier(),
                    c.academie(), c.etablissement(), c.commission(), c.source().fichier(), c.source().ligne());
        } else if (record instanceof Piece p) {
            jdbc.update("INSERT INTO J_PIECE VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    runId, p.numero(), code(p.type()), p.emetteur(), code(p.emetteurType()), date(p.dateDebut()),
                    date(p.dateFin()), p.quotite(), p.domaineMetrologie(), p.reference(), p.fichier(),
                    p.source().fichier(), p.source().ligne());
        } else if (record instanceof Deposit d) {
            jdbc.update("INSERT INTO J_DEPOT VALUES (?,?,?,?,?,?,?,?)",
                    runId, d.numero(), d.fichier(), d.deposeLe().toString(), d.viseStructure(), code(d.origine()),
                    d.source().fichier(), d.source().ligne());
        } else if (record instanceof Grid g) {
            jdbc.update("INSERT INTO J_GRILLE VALUES (?,?,?,?,?,?)",
                    runId, g.numero(), g.fichier(), date(g.etablieLe()), g.source().fichier(), g.source().ligne());
        } else if (record instanceof Ruling r) {
            jdbc.update("INSERT INTO J_DECISION VALUES (?,?,?,?,?,?,?,?,?)",
                    runId, r.numero(), r.regle(), code(r.decision()), r.auteur(), r.justification(),
                    date(r.date()), r.source().fichier(), r.source().ligne());
        } else if (record instanceof Rejection r) {
            jdbc.update("INSERT INTO J_REJET VALUES (?,?,?,?,?,?)",
                    runId, r.fichier(), r.ligne(), r.code().name(), r.message(), r.lignesCouvertes());
        } else if (record instanceof Notice n) {
            jdbc.update("INSERT INTO J_AVIS VALUES (?,?,?,?,?)",
                    runId, n.fichier(), n.ligne(), n.code(), n.message());
        } else {
            throw new IllegalArgumentException("Unknown record type " + record.getClass());
        }
    }

    /** Marks an accepted registration or commission row as an identical duplicate of another. */
    public void markDuplicate(long runId, boolean candidate, SourceRef row, int keptLine) {
        jdbc.update("UPDATE " + (candidate ? "J_CANDIDAT" : "J_COMMISSION")
                + " SET DOUBLON_DE = ? WHERE RUN_ID = ? AND FICHIER = ? AND LIGNE = ?",
                keptLine, runId, row.fichier(), row.ligne());
    }

    /** Removes accepted rows that turned out to conflict: they become rejections. */
    public void deleteRow(long runId, boolean candidate, SourceRef row) {
        jdbc.update("DELETE FROM " + (candidate ? "J_CANDIDAT" : "J_COMMISSION")
                + " WHERE RUN_ID = ? AND FICHIER = ? AND LIGNE = ?", runId, row.fichier(), row.ligne());
    }

    public void recordFileCount(long runId, String fichier, int read, int accepted, int rejected) {
        jdbc.update("INSERT INTO J_FICHIER_LU VALUES (?,?,?,?,?)", runId, fichier, read, accepted, rejected);
    }

    // ---- reads ----

    /** Registration rows of a run, duplicates included, in file and line order. */
    public List<Candidate> candidateRows(long runId) {
        return jdbc.query("SELECT * FROM J_CANDIDAT WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> candidate(rs), runId);
    }

    /** Accepted registrations: one per candidate, sorted by number. */
    public List<Candidate> candidates(long runId) {
        return jdbc.query("SELECT * FROM J_CANDIDAT WHERE RUN_ID = ? AND DOUBLON_DE IS NULL ORDER BY NUMERO",
                (rs, i) -> candidate(rs), runId);
    }

    public Set<String> candidateNumbers(long runId) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT NUMERO FROM J_CANDIDAT WHERE RUN_ID = ? AND DOUBLON_DE IS NULL", String.class, runId));
    }

    public List<Commission> commissionRows(long runId) {
        return jdbc.query("SELECT * FROM J_COMMISSION WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> commission(rs), runId);
    }

    public List<Commission> commissions(long runId) {
        return jdbc.query("SELECT * FROM J_COMMISSION WHERE RUN_ID = ? AND DOUBLON_DE IS NULL ORDER BY CODE",
                (rs, i) -> commission(rs), runId);
    }

    /** Rejections sorted as in rejets.csv: by file, then line (whole-file rejections first). */
    public List<Rejection> rejections(long runId) {
        return jdbc.query("SELECT * FROM J_REJET WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE NULLS FIRST, CODE",
                (rs, i) -> new Rejection(rs.getString("FICHIER"), (Integer) rs.getObject("LIGNE"),
                        RejectionCode.valueOf(rs.getString("CODE")), rs.getString("MESSAGE"),
                        rs.getInt("LIGNES_COUVERTES")), runId);
    }

    public List<Notice> notices(long runId) {
        return jdbc.query("SELECT * FROM J_AVIS WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE NULLS FIRST, CODE",
                (rs, i) -> new Notice(rs.getString("FICHIER"), (Integer) rs.getObject("LIGNE"),
                        rs.getString("CODE"), rs.getString("MESSAGE")), runId);
    }

    /** Accepted rows per input file (identical duplicates included: they were read and kept once). */
    public Map<String, Integer> acceptedRowsByFile(long runId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : List.of("J_COMMISSION", "J_CANDIDAT", "J_PIECE", "J_DEPOT", "J_GRILLE", "J_DECISION")) {
            jdbc.query("SELECT FICHIER, COUNT(*) N FROM " + table + " WHERE RUN_ID = ? GROUP BY FICHIER",
                    rs -> {
                        counts.merge(rs.getString("FICHIER"), rs.getInt("N"), Integer::sum);
                    }, runId);
        }
        return counts;
    }

    public Map<String, Integer> rejectedRowsByFile(long runId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("SELECT FICHIER, SUM(LIGNES_COUVERTES) N FROM J_REJET WHERE RUN_ID = ? GROUP BY FICHIER",
                rs -> {
                    counts.put(rs.getString("FICHIER"), rs.getInt("N"));
                }, runId);
        return counts;
    }

    // ---- mapping ----

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getString("NUMERO"), rs.getString("NOM"), rs.getString("PRENOM"),
                localDate(rs, "DATE_NAISSANCE"), enumOf(Voie.class, rs.getString("VOIE")),
                enumOf(StatutFc.class, rs.getString("STATUT_FC")), enumOf(Voie.class, rs.getString("VOIE_DISTANCE")),
                rs.getBoolean("REDOUBLANT"), rs.getBoolean("CONTRAT_PARTICULIER"), rs.getString("ACADEMIE"),
                rs.getString("ETABLISSEMENT"), rs.getString("COMMISSION"),
                new SourceRef(rs.getString("FICHIER"), rs.getInt("LIGNE")));
    }

    private static Commission commission(ResultSet rs) throws SQLException {
        return new Commission(rs.getString("CODE"), rs.getString("LIBELLE"), localDate(rs, "DATE_INTERROGATION"),
                rs.getString("LIEU"), new SourceRef(rs.getString("FICHIER"), rs.getInt("LIGNE")));
    }

    static RulingDecision decision(String code) {
        return enumOf(RulingDecision.class, code);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    private static String code(Enum<?> value) {
        return value == null ? null : EnumText.code(value);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
