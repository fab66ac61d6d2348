package org.helpdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of the ejb module, as a build check: the domain depends on nothing above it, infrastructure implements
 * the domain and never reaches up into the application, the services' implementations ({@code internal}) are used
 * by the container only, and JPA stays in the domain's mappings and in persistence.
 */
class LayersTest {

    /** The module's own classes (the test classpath holds only this module's main classes under org.helpdesk). */
    static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.helpdesk");

    static final String DOMAIN = "org.helpdesk.domain..";
    static final String APPLICATION = "org.helpdesk.application..";
    static final String INTERNAL = "org.helpdesk.application..internal..";
    static final String INFRASTRUCTURE = "org.helpdesk.infrastructure..";
    static final String PERSISTENCE = "org.helpdesk.infrastructure.persistence..";
    static final String[] JPA = {"jakarta.persistence..", "org.hibernate.."};
    static final String[] INTERFACES = {"org.helpdesk.web..", "org.helpdesk.batch..", "org.helpdesk.demo.."};

    @Test
    void theDomainDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION, INFRASTRUCTURE)
                .orShould().dependOnClassesThat().resideInAnyPackage(INTERFACES)
                .because("the domain is the bottom layer: aggregates, value objects and repository interfaces")
                .check(CLASSES);
    }

    @Test
    void infrastructureNeverReachesUpIntoTheApplication() {
        noClasses().that().resideInAPackage(INFRASTRUCTURE)
                .should().dependOnClassesThat().resideInAnyPackage(APPLICATION)
                .orShould().dependOnClassesThat().resideInAnyPackage(INTERFACES)
                .because("infrastructure implements the domain's interfaces; the application uses them")
                .check(CLASSES);
    }

    @Test
    void theApplicationNeverUsesItsCallers() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(INTERFACES)
                .because("screens, the REST API and batch jobs call the application, never the reverse")
                .check(CLASSES);
    }

    @Test
    void internalPackagesAreUsedByTheApplicationOnly() {
        classes().that().resideInAPackage(INTERNAL)
                .should().onlyBeAccessed().byAnyPackage(APPLICATION)
                .because("callers use the public service interfaces; the implementations are the container's")
                .check(CLASSES);
    }

    @Test
    void jpaStaysInTheDomainMappingsAndInPersistence() {
        noClasses().that().resideOutsideOfPackages(DOMAIN, PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(JPA)
                .because("queries live in the persistence layer, behind the domain's repository interfaces")
                .check(CLASSES);
    }
}
