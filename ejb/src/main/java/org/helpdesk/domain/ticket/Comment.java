package org.helpdesk.domain.ticket;

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
import java.time.Instant;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * A comment on a service ticket or an internal note on a programming ticket; exactly one of the two. Comments are
 * never edited or deleted, because a customer may already have read one: a correction is a new comment. Created by
 * {@link ServiceTicket#addComment} and {@link ProgrammingTicket#addComment}, which check the ticket's state.
 */
@Entity
@Table(name = "ticket_comment")
public class Comment {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_comment_seq")
    @SequenceGenerator(name = "ticket_comment_seq", sequenceName = "ticket_comment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_ticket_id", updatable = false)
    private ServiceTicket serviceTicket;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programming_ticket_id", updatable = false)
    private ProgrammingTicket programmingTicket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private CommentVisibility visibility;

    @Column(nullable = false, updatable = false, length = TEXT_MAX)
    private String text;

    @Column(nullable = false, updatable = false, length = ServiceTicket.USERNAME_MAX)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Comment() {
        // for JPA
    }

    private Comment(ServiceTicket serviceTicket, ProgrammingTicket programmingTicket, CommentVisibility visibility,
            String text, String author, Instant at) {
        this.serviceTicket = serviceTicket;
        this.programmingTicket = programmingTicket;
        this.visibility = Require.value(visibility, "visibility");
        this.text = validText(text);
        this.author = Require.actor(author);
        this.createdAt = Require.at(at);
    }

    private static String validText(String text) {
        String value = Require.text(text, "comment text");
        if (value.length() > TEXT_MAX) {
            throw new InvalidValueException("value.commentTooLong",
                    "A comment can be at most {0} characters long (this one has {1}): split it in two.",
                    String.valueOf(TEXT_MAX), String.valueOf(value.length()));
        }
        return value;
    }

    static Comment onServiceTicket(ServiceTicket ticket, CommentVisibility visibility, String text, String author,
            Instant at) {
        return new Comment(Require.value(ticket, "service ticket"), null, visibility, text, author, at);
    }

    static Comment onProgrammingTicket(ProgrammingTicket ticket, CommentVisibility visibility, String text,
            String author, Instant at) {
        return new Comment(null, Require.value(ticket, "programming ticket"), visibility, text, author, at);
    }

    public Long getId() {
        return id;
    }

    /** @return the service ticket commented, or null for a note on a programming ticket */
    public ServiceTicket getServiceTicket() {
        return serviceTicket;
    }

    /** @return the programming ticket noted, or null for a comment on a service ticket */
    public ProgrammingTicket getProgrammingTicket() {
        return programmingTicket;
    }

    public CommentVisibility getVisibility() {
        return visibility;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
