package fr.jurye61.rules.report;

import static fr.jurye61.rules.Fixtures.analysis;
import static fr.jurye61.rules.Fixtures.rapportConforme;
import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.section;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.rules.Fixtures;
import fr.jurye61.rules.Rule;
import fr.jurye61.rules.engine.RuleEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report-content rules of §4, each with a passing and a failing analysis. */
class ContentRulesTest {

    private static CandidateFile dossier(ReportAnalysis report) {
        return Fixtures.scolaire().depotDansLesDelais().rapport(report).build();
    }

    private static ReportAnalysis without(SectionType type) {
        ReportAnalysis r = rapportConforme();
        return analysis(r.pages(), r.annexStart(), r.sections().stream().filter(s -> s.type() != type).toList(),
                type == SectionType.ACTIVITE ? 0 : r.activities(), r.summaryLanguage(), r.summaryWords(), List.of());
    }

    private static ReportAnalysis replacing(SectionType type, ReportSection replacement) {
        ReportAnalysis r = rapportConforme();
        List<ReportSection> sections = new ArrayList<>(r.sections().stream().map(s -> s.type() == type ? replacement : s)
                .toList());
        return analysis(r.pages(), r.annexStart(), sections, r.activities(), r.summaryLanguage(), r.summaryWords(),
                List.of());
    }

    @Test
    void aConformingReportPassesEveryContentRule() {
        CandidateFile file = dossier(rapportConforme());
        for (Rule rule : RuleEngine.contentRules()) {
            assertThat(verdict(rule, file, session())).as(rule.definition().id()).isEqualTo(CheckResult.RESPECTEE);
        }
    }

    @Test
    void unreadableReport() {
        CandidateFile file = dossier(ReportAnalysis.unreadable(null, FileState.CHIFFRE));
        assertThat(run(new RapportIllisibleRule(), file, session())).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("mot de passe");
            assertThat(f.preuve()).startsWith("rapports/P01/r2.pdf : ");
        });
        // no content rule runs on a file that cannot be read
        assertThat(new RapportPagesMaxRule().appliesTo(file, session())).isFalse();
        assertThat(new RapportContenuActifRule().appliesTo(file, session())).isFalse();
    }

    @Test
    void scanWithoutText() {
        ReportAnalysis scan = new ReportAnalysis("b".repeat(64), FileState.LISIBLE, 12, false, null, 12, false,
                List.of(), 0, "?", 0, List.of(), List.of());
        CandidateFile file = dossier(scan);
        assertThat(run(new RapportSansTexteRule(), file, session())).hasSize(1);
        assertThat(verdict(new RapportIllisibleRule(), file, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(new RapportPresentationEntrepriseRule().appliesTo(file, session())).isFalse();
    }

    @Test
    void pagesBeforeTheAnnexes() {
        ReportAnalysis exactly = analysis(60, 51, rapportConforme().sections(), 2, "en", 200, List.of());
        ReportAnalysis over = analysis(60, 52, rapportConforme().sections(), 2, "en", 200, List.of());
        assertThat(verdict(new RapportPagesMaxRule(), dossier(exactly), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(new RapportPagesMaxRule(), dossier(over), session())).singleElement().satisfies(f ->
                assertThat(f.preuve()).contains("51 pages avant les annexes (annexes à partir de la p. 52 sur 60)")
                        .contains("rapport_pages_max = 50"));
    }

    @Test
    void annexesNotFound() {
        ReportAnalysis none = analysis(30, null, without(SectionType.ANNEXES).sections(), 2, "en", 200, List.of());
        assertThat(run(new RapportAnnexesNonRepereesRule(), dossier(none), session())).hasSize(1);
        assertThat(verdict(new RapportPagesMaxRule(), dossier(none), session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void requiredSectionsMissing() {
        assertThat(run(new RapportPresentationEntrepriseRule(), dossier(without(SectionType.ENTREPRISE)), session()))
                .hasSize(1);
        assertThat(run(new RapportAnalyseJuridiqueRule(), dossier(without(SectionType.JURIDIQUE)), session()))
                .singleElement().satisfies(f -> assertThat(f.preuve()).contains("aucun titre de analyse juridique"));
        assertThat(run(new RapportConclusionRule(), dossier(without(SectionType.CONCLUSION)), session())).hasSize(1);
        assertThat(run(new RapportQsseRule(), dossier(without(SectionType.QSSE)), session())).hasSize(1);
        assertThat(run(new RapportResumeAnglaisRule(), dossier(without(SectionType.RESUME_ANGLAIS)), session()))
                .singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Résumé en anglais non trouvé."));
    }

    @Test
    void legalAnalysisLengthBoundaries() {
        RapportAnalyseJuridiqueLongueurRule rule = new RapportAnalyseJuridiqueLongueurRule();
        assertThat(verdict(rule, dossier(replacing(SectionType.JURIDIQUE, section(SectionType.JURIDIQUE, "A", 6, 7))),
                session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, dossier(replacing(SectionType.JURIDIQUE, section(SectionType.JURIDIQUE, "A", 6, 9))),
                session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, dossier(replacing(SectionType.JURIDIQUE, section(SectionType.JURIDIQUE, "A", 6, 6))),
                session())).hasSize(1);
        List<Finding> six = run(rule, dossier(replacing(SectionType.JURIDIQUE,
                section(SectionType.JURIDIQUE, "Analyse juridique", 8, 13))), session());
        assertThat(six).singleElement().satisfies(f -> assertThat(f.preuve())
                .contains("analyse juridique « Analyse juridique » p. 8–13 = 6 pages"));
        assertThat(rule.appliesTo(dossier(without(SectionType.JURIDIQUE)), session())).isFalse();
    }

    @Test
    void qsseLengthBoundary() {
        RapportQsseLongueurRule rule = new RapportQsseLongueurRule();
        assertThat(verdict(rule, dossier(replacing(SectionType.QSSE, section(SectionType.QSSE, "Q", 20, 23))), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, dossier(replacing(SectionType.QSSE, section(SectionType.QSSE, "Q", 20, 24))), session()))
                .hasSize(1);
    }

    @Test
    void oneOrTwoActivities() {
        RapportActivitesRule rule = new RapportActivitesRule();
        ReportAnalysis r = rapportConforme();
        assertThat(verdict(rule, dossier(analysis(30, 27, r.sections(), 1, "en", 200, List.of())), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, dossier(analysis(30, 27, r.sections(), 3, "en", 200, List.of())), session()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("3 activités"));
        assertThat(run(rule, dossier(without(SectionType.ACTIVITE)), session())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("aucune description"));
    }

    @Test
    void englishSummaryLanguageAndLength() {
        ReportAnalysis r = rapportConforme();
        assertThat(run(new RapportResumeAnglaisRule(), dossier(analysis(30, 27, r.sections(), 2, "fr", 200, List.of())),
                session())).singleElement().satisfies(f -> assertThat(f.message()).contains("rédigé en français"));
        RapportResumeAnglaisLongueurRule length = new RapportResumeAnglaisLongueurRule();
        assertThat(verdict(length, dossier(analysis(30, 27, r.sections(), 2, "en", 100, List.of())), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(length, dossier(analysis(30, 27, r.sections(), 2, "en", 450, List.of())), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(length, dossier(analysis(30, 27, r.sections(), 2, "en", 99, List.of())), session())).hasSize(1);
        assertThat(run(length, dossier(analysis(30, 27, r.sections(), 2, "en", 451, List.of())), session())).hasSize(1);
    }

    @Test
    void activeContent() {
        ReportAnalysis r = rapportConforme();
        ReportAnalysis active = analysis(30, 27, r.sections(), 2, "en", 200, List.of("EmbeddedFiles", "JavaScript"));
        assertThat(run(new RapportContenuActifRule(), dossier(active), session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("EmbeddedFiles, JavaScript"));
    }

    @Test
    void duplicateReports() {
        CandidateFile twin = Fixtures.scolaire().depotDansLesDelais().rapport(rapportConforme()).memeRapportQue("P40")
                .build();
        assertThat(run(new RapportDoublonRule(), twin, session())).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("Rapport identique à celui du candidat P40."));
        assertThat(verdict(new RapportDoublonRule(), dossier(rapportConforme()), session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
