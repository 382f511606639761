package fr.jurye61.io.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.io.db.StateBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateBaseSettingsTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/e61";
    @TempDir
    Path dir;

    @Test
    void withoutBaseTheStateIsTheEmbeddedDatabaseUnderTheFolder() {
        StateBase base = StateBaseSettings.resolve(null, null, dir, Map.of());

        assertThat(base.isEmbedded()).isTrue();
        assertThat(base.url()).startsWith("jdbc:hsqldb:file:" + dir.toAbsolutePath());
    }

    @Test
    void theAccountComesFromTheEnvironment() {
        StateBase base = StateBaseSettings.resolve(URL, null, dir, Map.of("JURY_BASE_UTILISATEUR", "jury",
                "JURY_BASE_MOT_DE_PASSE", "s3cret"));

        assertThat(base.isEmbedded()).isFalse();
        assertThat(base.driverClassName()).isEqualTo("org.postgresql.Driver");
        assertThat(base.user()).isEqualTo("jury");
        assertThat(base.password()).isEqualTo("s3cret");
        assertThat(base.toString()).doesNotContain("s3cret");
    }

    @Test
    void theBaseCanComeFromTheEnvironmentAndTheAccountFromAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("base.properties"), "utilisateur = jury\nmot_de_passe = pass word\n");

        StateBase base = StateBaseSettings.resolve(null, null, dir, Map.of("JURY_BASE", URL + "?sslmode=require",
                "JURY_BASE_IDENTIFIANTS", file.toString(), "JURY_BASE_UTILISATEUR", "ignored"));

        assertThat(base.url()).isEqualTo(URL + "?sslmode=require");
        assertThat(base.display()).isEqualTo(URL);
        assertThat(base.user()).isEqualTo("jury");
        assertThat(base.password()).isEqualTo("pass word");
    }

    @Test
    void aPasswordOrUserInTheAddressIsRefused() {
        for (String url : new String[] {URL + "?password=x", URL + "?user=jury", "jdbc:postgresql://jury:x@db/e61"}) {
            assertThatThrownBy(() -> StateBaseSettings.resolve(url, null, dir, Map.of("JURY_BASE_UTILISATEUR", "j")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("ni utilisateur ni mot de passe");
        }
    }

    @Test
    void anotherKindOfAddressOrAMissingAccountIsAConfigurationError() {
        assertThatThrownBy(() -> StateBaseSettings.resolve("jdbc:mysql://db/e61", null, dir, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("n'est pas une adresse PostgreSQL");
        assertThatThrownBy(() -> StateBaseSettings.resolve(URL, null, dir, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("JURY_BASE_UTILISATEUR");
        assertThatThrownBy(() -> StateBaseSettings.resolve(URL, dir.resolve("absent.properties"), dir, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("illisible");
        assertThatThrownBy(() -> StateBaseSettings.resolve(null, dir.resolve("x.properties"), dir, Map.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("sans --base");
    }
}
