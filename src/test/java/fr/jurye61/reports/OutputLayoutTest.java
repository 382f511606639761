package fr.jurye61.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The letters' file names: a school's free-text name folded to a safe, stable file name. */
class OutputLayoutTest {
    @Test
    void aSchoolsNameIsFoldedToAsciiLettersDigitsAndHyphens() {
        Map<String, String> files = OutputLayout.letterFiles(List.of("Lycée Jean-Moulin (Lyon)", "LPO Édouard Branly",
                "../../etc/passwd", ""));
        assertThat(files).containsEntry("Lycée Jean-Moulin (Lyon)", "courriers/lycee-jean-moulin-lyon.pdf")
                .containsEntry("LPO Édouard Branly", "courriers/lpo-edouard-branly.pdf")
                .containsEntry("../../etc/passwd", "courriers/etc-passwd.pdf")
                .containsEntry("", "courriers/sans-etablissement.pdf");
    }

    @Test
    void schoolsFoldingToTheSameNameAreToldApartInTheOrderOfTheirNames() {
        Map<String, String> files = OutputLayout.letterFiles(List.of("Lycée Ampère", "LYCEE AMPERE", "سلام",
                "Sans établissement"));
        assertThat(files).containsEntry("LYCEE AMPERE", "courriers/lycee-ampere.pdf")
                .containsEntry("Lycée Ampère", "courriers/lycee-ampere-2.pdf")
                .containsEntry("Sans établissement", "courriers/etablissement.pdf")
                .containsEntry("سلام", "courriers/etablissement-2.pdf");
        assertThat(files.values()).doesNotHaveDuplicates();
    }
}
