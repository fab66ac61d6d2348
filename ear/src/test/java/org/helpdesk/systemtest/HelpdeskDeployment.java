package org.helpdesk.systemtest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EARs the build just packaged, as they are deployed, both under the name {@code helpdesk.ear} (the tests
 * address the deployment by that name in the management model).
 */
final class HelpdeskDeployment {

    /** The name both EARs are deployed under. */
    static final String NAME = "helpdesk.ear";

    private HelpdeskDeployment() {
    }

    /** {@code helpdesk.ear}, exactly as a customer installs it: no demo data module. */
    static EnterpriseArchive ear() {
        return load(System.getProperty("helpdesk.ear", "target/helpdesk.ear"));
    }

    /**
     * {@code helpdesk-demo.ear}: the same EAR plus the demo data module, which loads the demo accounts
     * ({@code operator}, {@code programmer}, {@code manager}, {@code auditor}, {@code admin}, password {@code demo})
     * and four months of tickets into an empty database (the test server runs with {@code -Dhelpdesk.demo=true}).
     * For the tests that sign in with those accounts or read that data.
     */
    static EnterpriseArchive withDemoData() {
        return load(System.getProperty("helpdesk.demo.ear", "target/helpdesk-demo.ear"));
    }

    private static EnterpriseArchive load(String path) {
        File ear = new File(path);
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " does not exist: package the ear module first");
        }
        return ShrinkWrap.create(ZipImporter.class, NAME).importFrom(ear).as(EnterpriseArchive.class);
    }
}
