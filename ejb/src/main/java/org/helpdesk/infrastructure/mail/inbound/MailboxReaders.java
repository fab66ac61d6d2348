package org.helpdesk.infrastructure.mail.inbound;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.helpdesk.domain.mail.MailReceiver;

/**
 * Starts a {@link MailboxReader} for every mailbox of {@link MailInSettings} when the application starts, each on a
 * thread of its own, and stops them when it stops. Each reader reads only while it holds its mailbox's lease, so
 * that on several servers one reads each mailbox at a time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxReaders {

    private static final Logger LOG = Logger.getLogger(MailboxReaders.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private MailInConfiguration configuration;

    @Inject
    private MailReceiver receiver;

    @EJB
    private Leases leases;

    private final List<MailboxReader> readers = new ArrayList<>();
    private final List<Thread> running = new ArrayList<>();
    private ScheduledThreadPoolExecutor watchdog;

    @PostConstruct
    void start() {
        MailInSettings settings = configuration.settings();
        if (settings.mailboxes().isEmpty()) {
            LOG.info("No mailbox to read (helpdesk.mail.in.mailboxes): no mail comes in.");
            return;
        }
        watchdog = new ScheduledThreadPoolExecutor(1, threads);
        watchdog.setRemoveOnCancelPolicy(true);
        MailParser parser = new MailParser();
        String holder = holder();
        for (MailInSettings.Mailbox box : settings.mailboxes()) {
            MailboxReader reader = new MailboxReader(box, settings, receiver, leases, parser, watchdog,
                    holder);
            Thread thread = threads.newThread(reader);
            thread.setName("helpdesk-mailbox-" + box.code());
            readers.add(reader);
            running.add(thread);
            thread.start();
            LOG.info(() -> "Reading mailbox " + box + " for " + box.address());
        }
    }

    /** An administrator asked for a mail of {@code mailbox} to be read again; fired in the request's transaction. */
    public record RetryRequested(String mailbox) {
    }

    /**
     * Wakes the mailbox's reader once the request committed, so that the mail is read again now rather than at its
     * next look (up to 30 s later). On another server of a cluster the reader sees it at that next look.
     */
    public void onRetry(@Observes(during = TransactionPhase.AFTER_SUCCESS) RetryRequested request) {
        for (MailboxReader reader : readers) {
            reader.wakeUpFor(request.mailbox());
        }
    }

    @PreDestroy
    void stop() {
        readers.forEach(MailboxReader::stop);
        for (Thread thread : running) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
    }

    /**
     * This server, the same after a restart (which takes its mailboxes back at once, rather than when the leases
     * expire), and different for every server, even two on one host.
     */
    private static String holder() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String node = System.getProperty("jboss.node.name", "node");
        String base = System.getProperty("jboss.server.base.dir", "");
        String id = host + "/" + node + "/" + UUID.nameUUIDFromBytes(base.getBytes(StandardCharsets.UTF_8));
        return id.length() <= 200 ? id : id.substring(id.length() - 200);
    }
}
