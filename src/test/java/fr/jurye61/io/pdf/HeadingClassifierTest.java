package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every heading form of rules.md §4, with numbering, case, accents and punctuation varied. */
class HeadingClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Présentation de l'entreprise|ENTREPRISE", "1. Présentation de la société|ENTREPRISE",
            "I - PRÉSENTATION DE LA STRUCTURE D'ACCUEIL|ENTREPRISE", "Partie 1 : Présentation de l’établissement|ENTREPRISE",
            "Présentation du laboratoire|ENTREPRISE", "Présentation de l'organisme|ENTREPRISE",
            "L'entreprise d'accueil|ENTREPRISE", "2) Présentation générale de l'entreprise|ENTREPRISE",
            "Analyse juridique|JURIDIQUE", "2. Contexte juridique|JURIDIQUE", "Environnement juridique|JURIDIQUE",
            "II – Cadre juridique|JURIDIQUE", "Cadre réglementaire|JURIDIQUE",
            "Analyse d'une situation professionnelle impliquant un document réglementaire|JURIDIQUE",
            "Activité 1|ACTIVITE", "Activité n°2 : maintenance|ACTIVITE", "3. Description et analyse de l'activité|ACTIVITE",
            "Description de l'activité|ACTIVITE", "Activités réalisées|ACTIVITE", "Missions réalisées|ACTIVITE",
            "ACTIVITE 3 - ETALONNAGE|ACTIVITE",
            "Conclusion|CONCLUSION", "6. Conclusion technique et personnelle|CONCLUSION", "Bilan|CONCLUSION",
            "Summary|RESUME_ANGLAIS", "Abstract|RESUME_ANGLAIS", "English summary|RESUME_ANGLAIS",
            "Résumé en anglais|RESUME_ANGLAIS", "7 - SUMMARY|RESUME_ANGLAIS",
            "QSSE|QSSE", "Démarche QSSE|QSSE", "5. Qualité, sécurité, santé, environnement|QSSE", "Démarche qualité|QSSE",
            "Exemple de démarche QSSE|QSSE",
            "Annexes|ANNEXES", "Annexe 1 : certificat|ANNEXES", "Appendices|ANNEXES", "ANNEXES|ANNEXES",
            "Remerciements|AUTRE", "Introduction|AUTRE", "Sommaire|AUTRE", "Table des matières|AUTRE",
            "Bibliographie|AUTRE"})
    void recognisesTheForms(String heading, SectionType type) {
        assertThat(HeadingClassifier.classify(heading)).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Le laboratoire emploie quarante salariés.", "Tableau 3 : mesures relevées",
            "Figure 2", "Page 3 sur 30", "2.1", "Étalonnage des thermomètres"})
    void leavesOtherLinesAlone(String line) {
        assertThat(HeadingClassifier.classify(line)).isEmpty();
    }

    @Test
    void readsActivityNumbers() {
        assertThat(HeadingClassifier.activityNumber("Activité 1 : description")).contains(1);
        assertThat(HeadingClassifier.activityNumber("Activité n°2")).contains(2);
        assertThat(HeadingClassifier.activityNumber("3. Activité n° 3")).contains(3);
        assertThat(HeadingClassifier.activityNumber("Description et analyse de l'activité 2")).contains(2);
        assertThat(HeadingClassifier.activityNumber("Activités réalisées")).isEmpty();
    }

    @Test
    void toldSubHeadingsByTheirNumbering() {
        assertThat(HeadingClassifier.subLevel("2.1 Cadre réglementaire")).isTrue();
        assertThat(HeadingClassifier.subLevel("2. Analyse juridique")).isFalse();
    }
}
