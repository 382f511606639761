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
    @CsvSource(delimiter = '|', value = {
            // lost ligatures, split words, spelling slips
            "Présenta*on de l'entreprise|ENTREPRISE", "Introduc1on|AUTRE", "Présenta on de la société|ENTREPRISE",
            "4 Conslusion|CONCLUSION", "I. RESENTATION DE LA STRUCTURE D’ACCEUIL|ENTREPRISE", "Référnces|AUTRE",
            // the host named, or the workplace
            "II. Présentation d'Algérie Télécom|ENTREPRISE", "2 Présentation de Robots !|ENTREPRISE",
            "Présentation du camping|ENTREPRISE", "I- Le Laboratoire Informatique, Image et Interaction|ENTREPRISE",
            "Partie 1 : Structure d'accueil|ENTREPRISE", "Partie 1 – L'entreprise|ENTREPRISE",
            "Présentation CHI André Grégoire :|ENTREPRISE", "CHAPITRE I : PRESENTATION DE L’ENTREPRISE|ENTREPRISE",
            "PREMIERE PARTIE : PRESENTATION DES STRUCTURES DE FORMATION ET D'ACCUEIL|ENTREPRISE",
            // the work, however it is named
            "3. Travail effectué|ACTIVITE", "IV- Travaux réalisés|ACTIVITE", "Les tâches Réalisés|ACTIVITE",
            "3 Mon projet|ACTIVITE", "2. Projet MC93|ACTIVITE", "Mission durant le stage|ACTIVITE",
            "CHAPITRE II: DEROULEMENT DU STAGE|ACTIVITE", "Ce que j'ai pu faire lors de mon stage|ACTIVITE",
            "I.B Mes projets|ACTIVITE", "Rapport des activités effectués|ACTIVITE", "IV – Mission BO1|ACTIVITE",
            // neither the company nor the work
            "1.1. Activités principales|AUTRE", "Présentation du projet|AUTRE", "Table des annexes|AUTRE",
            "Abstract:|RESUME_ANGLAIS", "Conclusion générale|CONCLUSION", "V - BILANS|CONCLUSION"})
    void recognisesTheWordingsOfRealReports(String heading, SectionType type) {
        assertThat(HeadingClassifier.classify(heading)).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Présentation de la requête de l'utilisateur", "Présentation du projet de fin d'études",
            "Année universitaire 2022-2023", "Représentation d'un composant en base de données", "Groupe 1",
            "Le groupe emploie quarante salariés"})
    void doesNotTakeTheseForACompanyPresentationOrAnnexes(String heading) {
        assertThat(HeadingClassifier.classify(heading)).isNotIn(java.util.Optional.of(SectionType.ENTREPRISE),
                java.util.Optional.of(SectionType.ANNEXES));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Chapitre 2 : Conception|CHAPTER", "CHAPITER 1|CHAPTER", "Chapite2 : Sprint|CHAPTER",
            "DEUXIEME PARTIE : TRAITEMENT|PART", "Partie 1 : L'entreprise|PART", "II. CADRE DU STAGE|ROMAN",
            "IV – Mission BO1|ROMAN", "A) Présentation|UPPER_LETTER", "3. Travail effectué|ARABIC", "2 KMB Labs|ARABIC",
            "a) Historique|LOWER_LETTER", "1.2.1 Présentation|DECIMAL", "I.A L'entreprise|DECIMAL",
            "Conclusion générale|NONE", "2022-2023|NONE"})
    void readsTheKindOfNumbering(String heading, HeadingClassifier.Numbering kind) {
        assertThat(HeadingClassifier.numbering(heading)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Entreprise d'accueil : Sodigaz", "Tuteur : M. Martin", "Maître de stage : Mme Durand",
            "Année universitaire : 2023-2024", "Keywords: metrology, sensors"})
    void fieldLinesAreNotHeadings(String line) {
        assertThat(HeadingClassifier.fieldLine(line)).isTrue();
    }

    @Test
    void toldHeadingsOfTheirKind() {
        assertThat(HeadingClassifier.fieldLine("Partie 1 : L'entreprise")).isFalse();
        assertThat(HeadingClassifier.listItem("➢ Présentation d’organisme d’accueil")).isTrue();
        assertThat(HeadingClassifier.listItem("• Conclusion")).isTrue();
        assertThat(HeadingClassifier.caption("Tableau 1 : Fiche d'identité de la société")).isTrue();
        assertThat(HeadingClassifier.surroundings("II. CADRE DU STAGE")).isTrue();
        assertThat(HeadingClassifier.surroundings("IV. LES TECHNIQUES UTILISÉES")).isTrue();
        assertThat(HeadingClassifier.surroundings("Chapitre 2 : Analyse et conception")).isFalse();
        assertThat(HeadingClassifier.generalConclusion("CONCLUSION GENERALE")).isTrue();
        assertThat(HeadingClassifier.generalConclusion("4. Conclusion")).isFalse();
        assertThat(HeadingClassifier.activityContainer("3 Projets")).isTrue();
        assertThat(HeadingClassifier.activityContainer("3 Travail effectué")).isFalse();
        assertThat(HeadingClassifier.numberOnly("CHAPITRE I :")).isTrue();
        assertThat(HeadingClassifier.numberOnly("Chapitre I : Contexte")).isFalse();
        assertThat(HeadingClassifier.activityId("IV – Mission BO2")).contains("bo2");
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
