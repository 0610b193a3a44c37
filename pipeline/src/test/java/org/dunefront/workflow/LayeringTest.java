package org.dunefront.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.dunefront.workflow.stages.StandardStages;
import org.junit.jupiter.api.Test;

/** Layering of the framework packages, and the standard stage chain. */
class LayeringTest {
    /** Only the framework's own class folders (scanning the whole classpath is slow). */
    private static final JavaClasses CLASSES = importOwnPackages("sweep", "config", "workflow");

    private static JavaClasses importOwnPackages(String... names) {
        try {
            java.nio.file.Path classes = java.nio.file.Path.of(Workflow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.List<java.nio.file.Path> dirs = new java.util.ArrayList<>();
            for (String n : names) dirs.add(classes.resolve("org/dunefront").resolve(n));
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(dirs);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sweepStatisticsArePureCode() {
        noClasses().that().resideInAPackage("org.dunefront.sweep")
                .should().dependOnClassesThat().resideInAnyPackage("org.dunefront.workflow..", "org.dunefront.config..",
                        "org.dunefront.io..", "org.dunefront.cli..", "java.nio.file..", "java.io..")
                .check(CLASSES);
    }

    @Test
    void configAndWorkflowEngineDoNotDependOnIoOrCli() {
        noClasses().that().resideInAnyPackage("org.dunefront.config..", "org.dunefront.workflow")
                .should().dependOnClassesThat().resideInAnyPackage("org.dunefront.cli..", "org.dunefront.io..")
                .check(CLASSES);
    }

    @Test
    void standardWorkflowRunsTheSixStagesInOrder() {
        assertEquals(StandardStages.ORDER, StandardStages.workflow().stageNames());
        assertEquals(java.util.List.of("ingest", "drift", "migrate", "rank", "plan", "render"), StandardStages.ORDER);
    }
}
