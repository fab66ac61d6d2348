package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This server's current blocks of ticket numbers (V50: one {@code nextval} hands out 50 numbers), shared by every
 * request; {@link TicketRepository} takes numbers from them.
 */
@ApplicationScoped
class TicketNumbers {

    private final NumberBlock service = new NumberBlock();
    private final NumberBlock programming = new NumberBlock();

    NumberBlock service() {
        return service;
    }

    NumberBlock programming() {
        return programming;
    }
}
