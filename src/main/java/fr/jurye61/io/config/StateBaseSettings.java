package fr.jurye61.io.config;

import fr.jurye61.io.db.StateBase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Which database holds the state: the embedded one under --state, or the PostgreSQL base of
 * --base (or JURY_BASE). Its account comes from a properties file (--identifiants, or
 * JURY_BASE_IDENTIFIANTS: keys {@code utilisateur} and {@code mot_de_passe}) or from
 * JURY_BASE_UTILISATEUR and JURY_BASE_MOT_DE_PASSE, never from the command line, where every
 * user of the machine could read it.
 */
public final class StateBaseSettings {
    public static final String URL_VARIABLE = "JURY_BASE";
    public static final String CREDENTIALS_VARIABLE = "JURY_BASE_IDENTIFIANTS";
    public static final String USER_VARIABLE = "JURY_BASE_UTILISATEUR";
    public static final String PASSWORD_VARIABLE = "JURY_BASE_MOT_DE_PASSE";
    static final String USER_KEY = "utilisateur";
    static final String PASSWORD_KEY = "mot_de_passe";
    private static final String PREFIX = "jdbc:postgresql://";

    private StateBaseSettings() {
    }

    /**
     * The state's base. {@code url} and {@code credentials} are what the command line gave (null
     * when absent); {@code environment} supplies the rest.
     */
    public static StateBase resolve(String url, Path credentials, Path state, Map<String, String> environment) {
        String address = blankToNull(url != null ? url : environment.get(URL_VARIABLE));
        if (address == null) {
            if (credentials != null) {
                throw new ConfigurationException("--identifiants est donné sans --base : il ne sert qu'à une base "
                        + "PostgreSQL (l'état intégré, sous --state, n'a pas de compte).");
            }
            return StateBase.embedded(state);
        }
        if (!address.startsWith(PREFIX) || address.length() == PREFIX.length()) {
            throw new ConfigurationException("--base " + address + " n'est pas une adresse PostgreSQL : attendu "
                    + PREFIX + "HÔTE[:PORT]/BASE (sans --base, l'état est la base intégrée sous --state).");
        }
        String parameters = address.toLowerCase(Locale.ROOT);
        if (parameters.contains("password=") || parameters.contains("user=") || address.substring(PREFIX.length())
                .contains("@")) {
            throw new ConfigurationException("--base ne doit contenir ni utilisateur ni mot de passe (la ligne de "
                    + "commande est lisible par tous) : les donner dans " + USER_VARIABLE + " et " + PASSWORD_VARIABLE
                    + ", ou dans un fichier --identifiants (clés " + USER_KEY + " et " + PASSWORD_KEY + ").");
        }
        Path file = credentials != null ? credentials
                : blankToNull(environment.get(CREDENTIALS_VARIABLE)) == null ? null
                        : Path.of(environment.get(CREDENTIALS_VARIABLE).strip());
        String user;
        String password;
        if (file != null) {
            Properties account = read(file);
            user = blankToNull(account.getProperty(USER_KEY));
            password = account.getProperty(PASSWORD_KEY, "");
            if (user == null) {
                throw new ConfigurationException("le fichier d'identifiants " + file + " ne donne pas " + USER_KEY
                        + "= (l'utilisateur de la base PostgreSQL).");
            }
        } else {
            user = blankToNull(environment.get(USER_VARIABLE));
            password = environment.getOrDefault(PASSWORD_VARIABLE, "");
            if (user == null) {
                throw new ConfigurationException("--base " + address + " est donné sans utilisateur : le donner dans "
                        + USER_VARIABLE + " (et le mot de passe dans " + PASSWORD_VARIABLE + "), ou dans un fichier "
                        + "--identifiants (clés " + USER_KEY + " et " + PASSWORD_KEY + ").");
            }
        }
        return new StateBase(address, user, password);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("fichier d'identifiants " + file + " illisible : " + e.getMessage(), e);
        }
        return properties;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
