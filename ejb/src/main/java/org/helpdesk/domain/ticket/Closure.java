package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/**
 * How a service ticket's closure was agreed: with whom at the customer, by which channel, when and by which
 * operator. All four or none: a ticket that is not closed has no closure (a reopened ticket loses it; its history
 * keeps it).
 */
@Embeddable
public class Closure {

    static final int AGREED_WITH_MAX = 200;

    @Column(name = "closure_agreed_with", length = AGREED_WITH_MAX)
    private String agreedWith;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_channel", length = 32)
    private Channel channel;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    protected Closure() {
        // for JPA
    }

    /**
     * @param agreedWith who at the customer agreed
     * @param channel how it was agreed
     */
    Closure(String agreedWith, Channel channel, String closedBy, Instant closedAt) {
        this.agreedWith = Require.text(agreedWith, "name of who agreed the closure", AGREED_WITH_MAX);
        this.channel = Require.value(channel, "way the closure was agreed");
        this.closedBy = Objects.requireNonNull(closedBy, "closedBy");
        this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
    }

    public String agreedWith() {
        return agreedWith;
    }

    public Channel channel() {
        return channel;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    /** @return as the history records it: "Giulia Rossi via PHONE" */
    String summary() {
        return agreedWith + " via " + channel.name();
    }

    @Override
    public String toString() {
        return summary() + " at " + closedAt + " by " + closedBy;
    }
}
