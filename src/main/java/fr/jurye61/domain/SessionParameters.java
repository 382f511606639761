package fr.jurye61.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The session calendar and the rule thresholds, read once from session.properties. Rules take
 * every threshold from here, never from a constant (they change between sessions).
 */
public record SessionParameters(
        String session,
        OffsetDateTime dateLimiteDepot,
        LocalDate dateExamen,
        LocalDate dateExamenSessionPrecedente,
        String libelle,
        int dureeStageSemaines,
        int dureeStageReduiteMinSemaines,
        int rapportPagesMax,
        int juridiquePagesMin,
        int juridiquePagesMax,
        int qssePagesMax,
        int resumeAnglaisMotsMin,
        int resumeAnglaisMotsMax,
        int perfectionnementTempsPleinJours,
        int perfectionnementTempsPartielJours,
        int experienceMinMois,
        /** Days a letter of courriers/ gives to send what it asks. */
        int delaiRegularisationJours) {
}
