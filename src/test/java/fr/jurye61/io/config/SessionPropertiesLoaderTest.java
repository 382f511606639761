package fr.jurye61.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.domain.SessionParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** session.properties: required keys, unknown keys, bad values, defaults. */
class SessionPropertiesLoaderTest {
    @TempDir
    Path input;

    private SessionParameters load(String content) throws Exception {
        Files.writeString(input.resolve("session.properties"), content);
        return SessionPropertiesLoader.load(input);
    }

    @Test
    void readsTheCalendarAndDefaults() throws Exception {
        SessionParameters p = load("""
                session=2027
                date_limite_depot=2027-05-12T23:59:59+02:00     # required: report deposit deadline
                date_examen=2027-06-08
                libelle=BTS Métiers de la Mesure — session 2027
                """);
        assertThat(p.dateLimiteDepot()).isEqualTo(OffsetDateTime.parse("2027-05-12T23:59:59+02:00"));
        assertThat(p.dateExamen()).isEqualTo(LocalDate.of(2027, 6, 8));
        assertThat(p.libelle()).isEqualTo("BTS Métiers de la Mesure — session 2027");
        assertThat(p.dureeStageSemaines()).isEqualTo(12);
        assertThat(p.dureeStageReduiteMinSemaines()).isEqualTo(8);
        assertThat(p.rapportPagesMax()).isEqualTo(50);
        assertThat(p.experienceMinMois()).isEqualTo(36);
        assertThat(p.delaiRegularisationJours()).isEqualTo(15);
    }

    @Test
    void aSessionMayChangeAThreshold() throws Exception {
        SessionParameters p = load("date_limite_depot=2027-05-12T23:59:59+02:00\ndate_examen=08/06/2027\n"
                + "duree_stage_semaines=10\ndelai_regularisation_jours=21\n");
        assertThat(p.dureeStageSemaines()).isEqualTo(10);
        assertThat(p.delaiRegularisationJours()).isEqualTo(21);
        assertThat(p.session()).isEqualTo("2027");
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        assertThatThrownBy(() -> load("date_examen=2027-06-08\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("date_limite_depot");
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> load("date_limite_depot=2027-05-12T23:59:59+02:00\ndate_examen=2027-06-08\n"
                + "duree_stage=12\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("« duree_stage »");
    }

    @Test
    void aBadValueIsNamed() {
        assertThatThrownBy(() -> load("date_limite_depot=2027-05-12T23:59:59+02:00\ndate_examen=2027-06-08\n"
                + "rapport_pages_max=cinquante\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rapport_pages_max");
        assertThatThrownBy(() -> load("date_limite_depot=le 12 mai\ndate_examen=2027-06-08\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("date_limite_depot");
    }

    @Test
    void inconsistentBoundsAreRefused() {
        assertThatThrownBy(() -> load("date_limite_depot=2027-05-12T23:59:59+02:00\ndate_examen=2027-06-08\n"
                + "juridique_pages_min=5\n"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("juridique_pages_min");
    }

    @Test
    void aMissingFileIsAConfigurationError() {
        assertThatThrownBy(() -> SessionPropertiesLoader.load(input))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("session.properties");
    }
}
