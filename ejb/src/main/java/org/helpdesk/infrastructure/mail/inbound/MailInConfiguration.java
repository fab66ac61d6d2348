package org.helpdesk.infrastructure.mail.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.logging.Logger;

/**
 * This server's {@link MailInSettings}, read once. Settings that are not valid are reported in the server log, by
 * key, and no mailbox is read (the rest of the help desk works on), rather than failing the deployment.
 */
@ApplicationScoped
public class MailInConfiguration {

    private static final Logger LOG = Logger.getLogger(MailInConfiguration.class.getName());

    private MailInSettings settings;

    public synchronized MailInSettings settings() {
        if (settings == null) {
            try {
                settings = MailInSettings.current();
            } catch (IllegalArgumentException e) {
                LOG.severe(() -> "Mail in is off: the setting " + e.getMessage() + ". Fix it and restart the server.");
                settings = MailInSettings.read(key -> null);
                settings = new MailInSettings(List.of(), settings.maxBytes(), settings.reopenWindow(),
                        settings.acknowledge(), settings.rateLimit(), settings.rateWindow(), settings.longestRetry());
            }
        }
        return settings;
    }
}
