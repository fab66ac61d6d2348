package org.helpdesk.systemtest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build just packaged, exactly as a user deploys it. */
final class HelpdeskDeployment {

    private HelpdeskDeployment() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("helpdesk.ear", "target/helpdesk.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
