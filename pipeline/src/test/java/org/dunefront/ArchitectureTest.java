package org.dunefront;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layering rules of DEVELOPERS.md / STYLE.md, enforced on the compiled main classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dunefront");
    }

    /** The rules below would pass vacuously on an empty import: make sure the main classes were found. */
    @Test
    void importsTheMainClasses() {
        assertTrue(classes.size() > 200, "only " + classes.size() + " classes imported");
        assertTrue(classes.contain("org.dunefront.grid.GridGeometry"));
        assertTrue(classes.contain("org.dunefront.cli.Main"));
    }

    @Test
    void gridDependsOnNoOtherProjectPackage() {
        noClasses().that().resideInAPackage("org.dunefront.grid..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.dunefront.io..", "org.dunefront.cli..", "org.dunefront.crs..",
                        "org.dunefront.align..", "org.dunefront.wind..", "org.dunefront.transport..",
                        "org.dunefront.terrain..", "org.dunefront.ranking..", "org.dunefront.plan..",
                        "org.dunefront.render..", "org.dunefront.workflow..", "org.dunefront.ingest..",
                        "org.dunefront.sample..", "org.dunefront.legend..", "org.dunefront.error..",
                        "org.dunefront.config..", "org.dunefront.patch..", "org.dunefront.sweep..")
                .check(classes);
    }

    @Test
    void algorithmPackagesNeverDependOnCliOrIo() {
        noClasses().that().resideInAnyPackage(
                        "org.dunefront.grid..", "org.dunefront.align..", "org.dunefront.wind..",
                        "org.dunefront.transport..", "org.dunefront.terrain..", "org.dunefront.ranking..",
                        "org.dunefront.patch..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dunefront.cli..", "org.dunefront.io..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingDependsOnCli() {
        noClasses().that().resideOutsideOfPackage("org.dunefront.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.dunefront.cli..")
                .check(classes);
    }
}
