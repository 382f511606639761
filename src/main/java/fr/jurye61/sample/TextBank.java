package fr.jurye61.sample;

import java.util.List;
import java.util.Random;

/** Sentences for the synthetic reports, by section; only Windows-ANSI characters (standard PDF fonts). */
final class TextBank {
    static final List<String> ENTREPRISE = List.of(
            "L'entreprise d'accueil est un laboratoire d'étalonnage accrédité par le COFRAC selon la norme NF EN ISO/IEC 17025.",
            "Elle emploie une quarantaine de salariés répartis entre le laboratoire, le service commercial et les interventions sur site.",
            "Son domaine d'activités couvre les mesures dimensionnelles, la température, la pression et les grandeurs électriques.",
            "L'organisation repose sur un responsable technique, un responsable qualité et des techniciens métrologues.",
            "Les clients sont principalement des industriels de l'agroalimentaire, de la pharmacie et de l'aéronautique.",
            "Le parc d'étalons de référence est raccordé aux étalons nationaux par l'intermédiaire du LNE.",
            "Chaque intervention fait l'objet d'un certificat d'étalonnage ou d'un constat de vérification.",
            "La structure a connu une forte croissance depuis sa création et a ouvert une seconde agence l'an dernier.");
    static final List<String> JURIDIQUE = List.of(
            "Le cadre réglementaire applicable est celui de la métrologie légale, défini par le décret du 3 mai 2001.",
            "Les instruments de mesure réglementés doivent faire l'objet d'une vérification périodique par un organisme désigné.",
            "Le contrat de prestation précise les responsabilités du laboratoire en cas d'erreur de mesure.",
            "La norme NF EN ISO/IEC 17025 fixe les exigences de compétence, d'impartialité et de cohérence des laboratoires.",
            "Le règlement général sur la protection des données s'applique aux fichiers clients du laboratoire.",
            "La responsabilité civile professionnelle de l'entreprise couvre les dommages causés lors des interventions.",
            "L'analyse montre que la traçabilité documentaire est la première protection juridique du laboratoire.",
            "Le code du travail encadre les conditions d'intervention des techniciens sur les sites des clients.");
    static final List<String> ACTIVITE = List.of(
            "L'objectif assigné était d'étalonner un lot de thermomètres à résistance de platine entre -20 °C et 150 °C.",
            "La méthode retenue compare chaque instrument à une sonde étalon dans un bain thermostaté.",
            "L'incertitude élargie obtenue est de 0,05 °C avec un facteur d'élargissement k = 2.",
            "Les contraintes prises en compte étaient le délai imposé par le client et la disponibilité du bain.",
            "J'ai rédigé la procédure d'étalonnage puis je l'ai fait valider par le responsable technique.",
            "Les résultats obtenus ont été consignés dans le logiciel de gestion des instruments.",
            "Une carte de contrôle a été mise en place pour surveiller la dérive de la sonde étalon.",
            "Cette activité m'a permis de mobiliser les compétences C10 et C16 du référentiel.",
            "Le bilan d'incertitude a été établi selon le GUM en identifiant chaque composante.",
            "J'ai proposé une évolution du mode opératoire afin de réduire le temps de stabilisation.");
    static final List<String> QSSE = List.of(
            "La démarche QSSE de l'entreprise s'appuie sur les normes ISO 9001, ISO 14001 et ISO 45001.",
            "L'exemple analysé porte sur la gestion des déchets de mercure issus d'anciens thermomètres.",
            "Une analyse des risques a été conduite avec le responsable sécurité avant chaque intervention.",
            "Les indicateurs suivis sont le taux de non-conformités et le nombre d'accidents du travail.",
            "Une action corrective a été décidée après un écart constaté lors de l'audit interne.");
    static final List<String> CONCLUSION = List.of(
            "Ce stage m'a permis de découvrir le fonctionnement d'un laboratoire accrédité.",
            "J'en retiens l'importance de la rigueur et de la traçabilité dans chaque mesure.",
            "Sur le plan personnel, j'ai appris à travailler en équipe et à rendre compte de mon travail.",
            "Cette expérience confirme mon projet de poursuivre en licence professionnelle de métrologie.");
    static final List<String> ENGLISH = List.of(
            "During my internship I calibrated a set of platinum resistance thermometers in a temperature bath.",
            "The aim of this activity was to compare each instrument with a reference probe and to estimate the measurement uncertainty.",
            "I wrote the calibration procedure and had it approved by the technical manager of the laboratory.",
            "The expanded uncertainty was found to be about five hundredths of a degree, which meets the customer's requirements.",
            "The main constraints were the short deadline and the limited availability of the equipment.",
            "I also set up a control chart to monitor the drift of the reference probe over time.",
            "This work taught me how important traceability and documentation are in a calibration laboratory.",
            "Finally, I suggested a change in the method that reduces the stabilisation time of the bath.");
    static final List<String> ANNEXE = List.of(
            "Extrait du certificat d'étalonnage de la sonde de référence (document fourni par le laboratoire).",
            "Tableau des mesures brutes relevées pendant l'étalonnage, par point de température.",
            "Extrait de la procédure qualité PQ-ETA-07, version en vigueur pendant le stage.",
            "Organigramme détaillé de l'entreprise d'accueil.");

    private TextBank() {
    }

    static String paragraph(Random random, List<String> bank, int sentences) {
        // Distinct sentences within a paragraph, as a person would write them.
        List<String> pool = new java.util.ArrayList<>(bank);
        java.util.Collections.shuffle(pool, random);
        return String.join(" ", pool.subList(0, Math.min(sentences, pool.size())));
    }

    /** English text of about {@code words} words. */
    static String english(Random random, int words) {
        StringBuilder text = new StringBuilder();
        int count = 0;
        int i = random.nextInt(ENGLISH.size());
        while (count < words) {
            String sentence = ENGLISH.get(i++ % ENGLISH.size());
            text.append(text.isEmpty() ? "" : " ").append(sentence);
            count += sentence.split(" ").length;
        }
        return text.toString();
    }
}
