package org.helpdesk.batch.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the batch jobs may use, as a build check: the public application services, the domain's types, the report
 * renderer, and the SMTP transport of the infrastructure (the monthly run delivers its own mails, with their
 * attachments, exactly once per customer); never a service's implementation, the persistence layer or JPA.
 */
class BatchLayerTest {

    static final JavaClasses BATCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.helpdesk.batch");

    @Test
    void jobsUseOnlyThePublicApplicationServices() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.helpdesk.application..internal..")
                .because("a service's implementation is the container's; callers use its interface")
                .check(BATCH);
    }

    @Test
    void jobsReachInfrastructureOnlyToSendMail() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.helpdesk.infrastructure..")
                        .and(resideOutsideOfPackage("org.helpdesk.infrastructure.mail..")))
                .because("the run sends its mails itself; everything else goes through the application")
                .check(BATCH);
    }

    @Test
    void jobsNeverUseJpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("the run reads through the application's services and keeps its own records by JDBC")
                .check(BATCH);
    }
}
