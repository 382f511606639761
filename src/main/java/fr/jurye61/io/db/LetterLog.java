package fr.jurye61.io.db;

import fr.jurye61.domain.AskedBefore;
import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.LetterRequest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each night's letters asked (J_DEMANDE), by candidate and rule, with the night's date. The
 * first date of a request is the earliest among the completed nights that made it: a failed or
 * abandoned night never moves it, and a resumed night writes its own rows again.
 */
public final class LetterLog {
    private final JdbcTemplate jdbc;

    LetterLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Tonight's requests (replacing any of this run's rows: a resumed step writes them again). */
    public void record(long runId, LocalDate night, List<LetterRequest> requests, Map<String, Candidate> candidates) {
        jdbc.update("DELETE FROM J_DEMANDE WHERE RUN_ID = ?", runId);
        List<Object[]> rows = new ArrayList<>();
        for (LetterRequest r : requests) {
            Candidate c = candidates.get(r.numero());
            rows.add(new Object[] {runId, r.numero(), r.regle(), c.etablissement(), c.nom(), c.prenom(),
                    Date.valueOf(night)});
        }
        jdbc.batchUpdate("INSERT INTO J_DEMANDE (RUN_ID, NUMERO, REGLE, ETABLISSEMENT, NOM, PRENOM, DEMANDE_LE) "
                + "VALUES (?,?,?,?,?,?,?)", rows);
    }

    /**
     * Every request the completed nights before {@code runId} made: its first date, and whom it
     * was last asked of (name and school as the latest of those nights had them).
     */
    public List<AskedBefore> askedBefore(long runId) {
        Map<String, AskedBefore> requests = new LinkedHashMap<>();
        jdbc.query("SELECT NUMERO, REGLE, ETABLISSEMENT, NOM, PRENOM, DEMANDE_LE FROM J_DEMANDE WHERE RUN_ID < ? "
                + "AND RUN_ID IN (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED') "
                + "ORDER BY NUMERO, REGLE, RUN_ID", (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    String key = rs.getString(1) + "|" + rs.getString(2);
                    AskedBefore was = requests.get(key);
                    LocalDate asked = rs.getDate(6).toLocalDate();
                    LocalDate first = was == null || asked.isBefore(was.firstAsked()) ? asked : was.firstAsked();
                    requests.put(key, new AskedBefore(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), first));
                }, runId);
        return List.copyOf(requests.values());
    }
}
