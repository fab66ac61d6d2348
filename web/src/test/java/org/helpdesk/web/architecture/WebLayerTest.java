package org.helpdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the screens and the REST API may use, as a build check: the public application services and the domain's
 * types they return, never a service's implementation, the persistence layer or JPA.
 */
class WebLayerTest {

    /** This module's own classes (the ejb module's are in a jar and left out). */
    static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.helpdesk.web");

    @Test
    void screensAndTheApiUseOnlyThePublicApplicationServices() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.helpdesk.application..internal..")
                .because("a service's implementation is the container's; callers use its interface")
                .check(WEB);
    }

    @Test
    void screensAndTheApiNeverReachIntoInfrastructure() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.helpdesk.infrastructure..")
                .because("the web module talks to the application layer, which owns the infrastructure")
                .check(WEB);
    }

    @Test
    void screensAndTheApiNeverUseJpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("what the database refused reaches the web as the application's refusals")
                .check(WEB);
    }
}
