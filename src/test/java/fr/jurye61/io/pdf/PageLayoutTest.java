package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contents-page parts of the analysis, on lines as text: what a contents line is, its page, its title. */
class PageLayoutTest {

    @Test
    void aContentsLineEndsWithLeadersOrATabAndAPageNumber() {
        assertThat(PageLayout.tocLine("1. Présentation de l'entreprise ........ 3")).isTrue();
        assertThat(PageLayout.tocLine("2. Analyse juridique …… 12")).isTrue();
        assertThat(PageLayout.tocLine("Conclusion\t\t27")).isTrue();
        // a sentence that happens to end with a number is not a contents line
        assertThat(PageLayout.tocLine("La mesure a été répétée 3")).isFalse();
        assertThat(PageLayout.tocLine("12")).isFalse();
    }

    @Test
    void itsPageNumberIsTheLastNumberAndWithoutLeadersTheTrailingOne() {
        assertThat(PageLayout.tocPageNumber("1. Présentation de l'entreprise ........ 3")).isEqualTo(3);
        // LaTeX and Word contents without leaders: a title, spaces, the page
        assertThat(PageLayout.tocPageNumber("Activité 1 : étalonnage 14")).isEqualTo(14);
        assertThat(PageLayout.tocPageNumber("Sans numéro de page")).isEqualTo(-1);
    }

    @Test
    void itsTitleIsTheLineWithoutLeadersAndPage() {
        assertThat(PageLayout.tocTitle("1. Présentation de l'entreprise ........ 3"))
                .isEqualTo("1. Présentation de l'entreprise");
        assertThat(PageLayout.tocTitle("Conclusion\t\t27")).isEqualTo("Conclusion");
        assertThat(PageLayout.tocTitle("Annexes …… 40")).isEqualTo("Annexes");
    }
}
