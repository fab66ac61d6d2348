package org.helpdesk.systemtest;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * Where the server under test and the test mail server listen. The defaults are WildFly's and GreenMail's usual
 * ports; {@code -Dhelpdesk.test.port.offset=N} (with matching {@code helpdesk.test.smtp.port} and
 * {@code helpdesk.test.management.port}, see ear/pom.xml) lets two checkouts test side by side.
 */
final class TestPorts {

    static final int HTTP = 8080 + Integer.getInteger("helpdesk.test.port.offset", 0);
    static final int SMTP_PORT = Integer.getInteger("helpdesk.test.smtp.port", 3025);

    private TestPorts() {
    }

    /** A GreenMail SMTP server where the server under test sends its mail. */
    static ServerSetup smtp() {
        return new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    }
}
