package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stop-word model behind RAPPORT-RESUME-ANGLAIS. */
class LanguageGuesserTest {
    @Test
    void englishProse() {
        assertThat(LanguageGuesser.guess("During my internship I calibrated a set of thermometers in a bath. The aim "
                + "of this activity was to compare each instrument with a reference probe.")).isEqualTo("en");
    }

    @Test
    void frenchProseWithSharedTechnicalWords() {
        assertThat(LanguageGuesser.guess("Pendant mon stage, j'ai étalonné des thermomètres dans un bain. Le but de "
                + "cette activité était de comparer chaque instrument à une sonde de référence.")).isEqualTo("fr");
    }

    @Test
    void scrambledWordsStillShowTheirLanguage() {
        // the acceptance corpus writes summaries as shuffled words
        assertThat(LanguageGuesser.guess("Works estimated measuring and instruments by metrology the. Into takes "
                + "measuring of internal the and of uncertainty during")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("Interne selon. La dans COFRAC de tenant parc gestion été thermocouple et "
                + "tolérée chaîne type estimée l'étalon mise numérique de laboratoire")).isEqualTo("fr");
    }

    @Test
    void tooShortOrMixedIsUndecided() {
        assertThat(LanguageGuesser.guess("Summary")).isEqualTo("?");
        assertThat(LanguageGuesser.guess("COFRAC ISO 17025 GUM k = 2 0,05 °C")).isEqualTo("?");
    }

    @Test
    void countsWordsAsAReaderDoes() {
        assertThat(LanguageGuesser.countWords("I wrote the procedure — and it's done (k = 2).")).isEqualTo(8);
    }
}
