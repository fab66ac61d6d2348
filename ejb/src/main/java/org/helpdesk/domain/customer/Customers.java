package org.helpdesk.domain.customer;

import java.util.Optional;

/** The customers and their contacts. Implemented by the persistence layer; runs in the caller's transaction. */
public interface Customers {

    /** @param code the customer's natural id (after the first lookup it comes from the second-level cache) */
    Optional<Customer> byCode(String code);

    Optional<Contact> contact(long id);

    void add(Customer customer);
}
