package fr.jurye61.jobs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.jurye61.domain.Grid;
import fr.jurye61.domain.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key of a candidate's inputs: equal only for equal inputs, whatever their strings hold. */
class InputsKeyTest {
    private static Grid grid(String fichier, int ligne) {
        return new Grid("K01", fichier, LocalDate.of(2027, 5, 2), new SourceRef("grilles/grilles.csv", ligne));
    }

    @Test
    void equalInputsGiveTheSameKey() {
        // given two equal records built apart, when keyed, then the keys agree
        assertThat(new InputsKey().add(grid("K01.pdf", 2)).add(List.of("a", "b")).hex())
                .isEqualTo(new InputsKey().add(grid("K01.pdf", 2)).add(List.of("a", "b")).hex())
                .hasSize(64);
    }

    @Test
    void anyDifferentComponentGivesAnotherKey() {
        String base = new InputsKey().add(grid("K01.pdf", 2)).hex();
        // a line number, a file name, a date, a missing value
        assertThat(new InputsKey().add(grid("K01.pdf", 3)).hex()).isNotEqualTo(base);
        assertThat(new InputsKey().add(grid("K02.pdf", 2)).hex()).isNotEqualTo(base);
        assertThat(new InputsKey().add(new Grid("K01", "K01.pdf", null, new SourceRef("grilles/grilles.csv", 2))).hex())
                .isNotEqualTo(base);
    }

    @Test
    void valuesThatPrintAlikeGiveDifferentKeys() {
        // strings that concatenate alike, a string against a number, null against the empty string
        assertThat(new InputsKey().add("ab").add("c").hex()).isNotEqualTo(new InputsKey().add("a").add("bc").hex());
        assertThat(new InputsKey().add("1").hex()).isNotEqualTo(new InputsKey().add(1).hex());
        assertThat(new InputsKey().add((Object) null).hex()).isNotEqualTo(new InputsKey().add("").hex());
        assertThat(new InputsKey().add(List.of("a", "b")).add("c").hex())
                .isNotEqualTo(new InputsKey().add(List.of("a")).add("b").add("c").hex());
        assertThat(new InputsKey().add(true).hex()).isNotEqualTo(new InputsKey().add("true").hex());
    }

    @Test
    void aTypeWithoutExactEncodingIsRefused() {
        // a map's order is not part of its value: it has no place in a key
        assertThatThrownBy(() -> new InputsKey().add(Map.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No exact encoding");
    }
}
