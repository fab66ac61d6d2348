package org.helpdesk.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.text.PlainTexts;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

/**
 * The questionnaire sent for one closure of a service ticket. Its status is derived: {@link SurveyStatus#VOID} once
 * invalidated (the ticket was reopened), else {@link SurveyStatus#ANSWERED} once answered, else
 * {@link SurveyStatus#EXPIRED} from its expiry on, else {@link SurveyStatus#PENDING}. Only a pending questionnaire
 * takes an answer (once) and a reminder (once). An answered questionnaire stays answered when the ticket is
 * reopened: the customer's opinion of that closure stands.
 */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey {

    /** Longest comment kept, in characters. */
    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "satisfaction_survey_seq")
    @SequenceGenerator(name = "satisfaction_survey_seq", sequenceName = "satisfaction_survey_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_ticket_id")
    private ServiceTicket ticket;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(length = 64)
    private String operator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestKind kind;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "reminder_token_hash", length = 64)
    private String reminderTokenHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "score_taking_charge")
    private Integer scoreTakingCharge;

    @Column(name = "score_competence")
    private Integer scoreCompetence;

    @Column(name = "score_communication")
    private Integer scoreCommunication;

    @Column(name = "score_solution")
    private Integer scoreSolution;

    @Column(name = "score_overall")
    private Integer scoreOverall;

    @Column(name = "answer_comment", length = COMMENT_MAX)
    private String comment;

    protected SatisfactionSurvey() {
        // for JPA
    }

    /**
     * A questionnaire for the closure just agreed on {@code ticket}, to its contact, valid for {@code validity}.
     *
     * @param tokenHash {@link SurveyToken#hash} of the link's token
     * @throws IllegalArgumentException if the ticket is not closed or its contact has no e-mail address
     */
    public SatisfactionSurvey(ServiceTicket ticket, String tokenHash, Instant at, Duration validity) {
        if (ticket.getState() != ServiceTicketState.CLOSED) {
            throw new IllegalArgumentException("Ticket " + ticket.getNumber() + " is not closed.");
        }
        if (ticket.getContact() == null || ticket.getContact().getEmail() == null
                || ticket.getContact().getEmail().isBlank()) {
            throw new IllegalArgumentException("Ticket " + ticket.getNumber() + " has no contact to ask.");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("A questionnaire must be valid for some time.");
        }
        this.ticket = ticket;
        this.customer = ticket.getCustomer();
        this.operator = ticket.getAssignedOperator();
        this.severity = ticket.getSeverity();
        this.kind = ticket.getKind();
        this.recipient = ticket.getContact().getEmail();
        this.language = ticket.getContact().getLanguage() == null ? "en" : ticket.getContact().getLanguage()
                .getLanguage();
        this.tokenHash = tokenHash;
        this.sentAt = at;
        this.expiresAt = at.plus(validity);
    }

    public SurveyStatus status(Instant now) {
        return status(voidedAt, answeredAt, expiresAt, now);
    }

    /**
     * The same rule for a questionnaire read as columns (the results read rows, not entities).
     *
     * @param voidedAt when it was voided, or null
     * @param answeredAt when it was answered, or null
     */
    public static SurveyStatus status(Instant voidedAt, Instant answeredAt, Instant expiresAt, Instant now) {
        if (voidedAt != null) {
            return SurveyStatus.VOID;
        }
        if (answeredAt != null) {
            return SurveyStatus.ANSWERED;
        }
        return now.isBefore(expiresAt) ? SurveyStatus.PENDING : SurveyStatus.EXPIRED;
    }

    /**
     * Records the customer's answer.
     *
     * @param comment optional plain text, at most {@link #COMMENT_MAX} characters; blank counts as none
     * @throws SurveyNotOpenException unless pending
     * @throws InvalidValueException for a comment that is too long or has control characters
     */
    public void answer(Scores scores, String comment, Instant at) {
        requirePending(at, "answered");
        String text = normalise(comment);
        if (text != null && text.length() > COMMENT_MAX) {
            throw new InvalidValueException("value.surveyCommentTooLong",
                    "The comment can be at most {0} characters long.", String.valueOf(COMMENT_MAX));
        }
        if (!PlainTexts.isPlain(text)) {
            throw new InvalidValueException("value.surveyCommentControlCharacters",
                    "The comment cannot contain control characters.");
        }
        this.scoreTakingCharge = scores.takingCharge();
        this.scoreCompetence = scores.competence();
        this.scoreCommunication = scores.communication();
        this.scoreSolution = scores.solution();
        this.scoreOverall = scores.overall();
        this.comment = text;
        this.answeredAt = at;
    }

    /** Whether the one reminder is due at {@code now}: pending, not reminded, sent at least {@code after} ago. */
    public boolean reminderDue(Instant now, Duration after) {
        return status(now) == SurveyStatus.PENDING && remindedAt == null && !now.isBefore(sentAt.plus(after));
    }

    /**
     * Records that the reminder went out, with a link of its own: the first token cannot be read back, so the
     * reminder carries a new one; either opens this questionnaire.
     *
     * @param newTokenHash {@link SurveyToken#hash} of the reminder link's token
     * @throws SurveyNotOpenException unless pending and not reminded yet
     */
    public void remind(String newTokenHash, Instant at) {
        requirePending(at, "reminded");
        if (remindedAt != null) {
            throw new SurveyNotOpenException(SurveyStatus.PENDING, "The questionnaire for " + ticket.getNumber()
                    + " was already reminded on " + remindedAt + ".");
        }
        remindedAt = at;
        reminderTokenHash = newTokenHash;
    }

    /** The ticket was reopened: a questionnaire not answered yet is void from now on. */
    public void invalidate(Instant at) {
        if (voidedAt == null && answeredAt == null) {
            voidedAt = at;
        }
    }

    public Optional<Scores> scores() {
        return answeredAt == null ? Optional.empty() : Optional.of(new Scores(scoreTakingCharge, scoreCompetence,
                scoreCommunication, scoreSolution, scoreOverall));
    }

    private void requirePending(Instant at, String what) {
        SurveyStatus status = status(at);
        if (status != SurveyStatus.PENDING) {
            throw new SurveyNotOpenException(status, "The questionnaire for " + ticket.getNumber() + " is "
                    + status.name().toLowerCase(Locale.ROOT) + ": it cannot be " + what + ".");
        }
    }

    /** Line breaks as {@code \n}, surrounding blanks dropped; the text is otherwise kept as typed. */
    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ServiceTicket getTicket() {
        return ticket;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getOperator() {
        return operator;
    }

    public Severity getSeverity() {
        return severity;
    }

    public RequestKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getReminderTokenHash() {
        return reminderTokenHash;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getComment() {
        return comment;
    }
}
