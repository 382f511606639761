package fr.jurye61;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: cli, jobs → io, reports → rules → domain. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.jurye61");
    }

    @Test
    void layersDependInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Cli").definedBy("fr.jurye61.cli..")
                .layer("Jobs").definedBy("fr.jurye61.jobs..")
                .layer("Sample").definedBy("fr.jurye61.sample..")
                .layer("Io").definedBy("fr.jurye61.io..")
                .layer("Reports").definedBy("fr.jurye61.reports..")
                .layer("Rules").definedBy("fr.jurye61.rules..")
                .layer("Domain").definedBy("fr.jurye61.domain..")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Jobs").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Sample").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Cli", "Jobs", "Sample")
                .whereLayer("Reports").mayOnlyBeAccessedByLayers("Cli", "Jobs", "Sample")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Cli", "Jobs", "Io", "Reports")
                .because("the rules and the domain must stay pure and testable without files, database or Spring")
                .check(classes);
    }

    @Test
    void domainUsesNothingButTheJdk() {
        noClasses().that().resideInAPackage("fr.jurye61.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "fr.jurye61.domain..")
                .because("domain records carry no framework")
                .check(classes);
    }

    @Test
    void rulesUseOnlyTheDomain() {
        noClasses().that().resideInAPackage("fr.jurye61.rules..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "fr.jurye61.domain..",
                        "fr.jurye61.rules..")
                .because("a rule is pure: domain in, findings out")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("fr.jurye61.(**)").should().beFreeOfCycles()
                .because("a package and its sub-packages depend one way: the parent assembles, the parts do not call back")
                .check(classes);
    }
}
