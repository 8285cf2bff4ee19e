package ers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "ers", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheWindowUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("ers.ui..", "ers.launcher..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule layersPointDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("launcher").definedBy("ers.launcher..")
            .layer("ui").definedBy("ers.ui..")
            .layer("cli").definedBy("ers.cli..")
            .layer("pdf").definedBy("ers.pdf..")
            .layer("sheet").definedBy("ers.sheet..")
            .layer("portfolio").definedBy("ers.portfolio..")
            .layer("spec").definedBy("ers.spec..")
            .layer("json").definedBy("ers.json..", "ers.home..")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("pdf").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("sheet").mayOnlyBeAccessedByLayers("pdf", "ui", "cli")
            .whereLayer("portfolio").mayOnlyBeAccessedByLayers("sheet", "pdf", "ui", "cli")
            .whereLayer("spec").mayOnlyBeAccessedByLayers("portfolio", "sheet", "pdf", "ui", "cli")
            .withOptionalLayers(true);
}
