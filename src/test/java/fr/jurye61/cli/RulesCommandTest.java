package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RulesCommandTest {
    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new JuryE61());
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void listsEveryRuleWithGraviteAndClause() {
        String text = run("rules");
        assertThat(text.lines()).hasSize(42);
        assertThat(text).contains("STAGE-DUREE-INSUFFISANTE", "BLOQUANT", "§2.1.2, §3", "DOSSIER-GRILLE-ABSENTE");
    }

    @Test
    void tsvHasFiveColumnsPerRule() {
        assertThat(run("rules", "--format", "tsv").lines()).hasSize(42)
                .allSatisfy(l -> assertThat(l.split("\t")).hasSize(5));
    }
}
