package org.helpdesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.infrastructure.mail.inbound.MailInConfiguration;
import org.helpdesk.infrastructure.mail.inbound.MailInSettings;
import org.helpdesk.infrastructure.persistence.DatabaseMigration;
import org.helpdesk.infrastructure.security.PasswordHasher;

/**
 * Loads the demo accounts ({@code operator}, {@code programmer}, {@code manager}, {@code auditor},
 * {@code admin}, password {@code demo}) into an empty database when the server runs with
 * {@code -Dhelpdesk.demo=true}. Does nothing otherwise, and nothing if any user exists already.
 * <p>
 * It lives in an EJB module of its own, next to {@code helpdesk-ejb.jar} in the demo EAR only: the migration bean
 * and the persistence unit it needs are that module's, named by their module-qualified names.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("helpdesk-ejb.jar#DatabaseMigration")
public class DemoData {

    public static final String PROPERTY = "helpdesk.demo";
    public static final String PASSWORD = "demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "helpdesk-ejb.jar#helpdesk")
    private EntityManager em;

    @EJB
    private DatabaseMigration migration;

    @Inject
    private ServiceTickets serviceTickets;

    @Inject
    private ProgrammingTickets programmingTickets;

    @Inject
    private TicketHistory history;

    @Inject
    private Clock clock;

    @Inject
    private MailInConfiguration mailIn;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean(PROPERTY) || !migration.isMigrated()) {
            return;
        }
        long users = em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
        if (users == 0) {
            user("operator", "Olivia Operator", "operator@helpdesk.example", Locale.ENGLISH, Role.OPERATOR);
            user("programmer", "Paolo Programmatore", "programmer@helpdesk.example", Locale.ITALIAN,
                    Role.PROGRAMMER);
            user("manager", "Marta Manager", "manager@helpdesk.example", Locale.ITALIAN, Role.PROGRAMMING_MANAGER);
            user("auditor", "Arthur Auditor", "auditor@helpdesk.example", Locale.ENGLISH, Role.AUDITOR);
            user("admin", "Ada Admin", "admin@helpdesk.example", Locale.ENGLISH, Role.ADMIN);
            user(DemoTickets.SECOND_OPERATOR, "Luca Lombardi", "luca@helpdesk.example", Locale.ITALIAN, Role.OPERATOR);
            tickets();
            LOG.info("Demo data loaded: users operator, programmer, manager, auditor, admin (password 'demo').");
        }
        // The HTTP port as WildFly computes it: the offset moves every port, the one given included.
        int port = Integer.getInteger("jboss.http.port", 8080)
                + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info("Helpdesk is ready: open http://localhost:" + port + "/helpdesk/");
    }

    private void user(String username, String name, String email, Locale language, Role role) {
        StaffUser user = new StaffUser(username, name, email, language, PasswordHasher.hash(PASSWORD), EnumSet.of(role));
        user.putOnDuty(role == Role.PROGRAMMER);
        em.persist(user);
    }

    /** Four months of calls up to now, in every state, with their audit trail, and the conversations by mail. */
    private void tickets() {
        DemoTickets demo = new DemoTickets(em::persist, serviceTickets::nextNumber, programmingTickets::nextNumber);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Customer> customers = demo.customers();
        // The mails came to the first mailbox this server reads (the run command's "support"), else to the sender
        // address; the mails the help desk sent were sent from the sender address.
        String from = mailSession == null ? null : mailSession.getProperty("mail.from");
        String sender = from != null && from.contains("@") ? from.replaceAll(".*<|>.*", "").strip()
                : "helpdesk@localhost";
        Optional<MailInSettings.Mailbox> box = mailIn.settings().mailboxes().stream().findFirst();
        DemoMail mail = new DemoMail(em::persist, customers, box.map(MailInSettings.Mailbox::code).orElse("support"),
                box.map(MailInSettings.Mailbox::address).orElse(sender), sender, now);
        demo.history(customers, now.minus(Duration.ofDays(120)), now, 12, mail.calls());
        mail.unassigned();
        for (Object aggregate : demo.touched()) {
            if (aggregate instanceof ServiceTicket ticket) {
                history.record(ticket);
            } else if (aggregate instanceof ProgrammingTicket ticket) {
                history.record(ticket);
            }
        }
        mail.tickets().forEach(history::record);
        DemoSurveys.add(em::persist, demo.touched(), now);
    }
}
