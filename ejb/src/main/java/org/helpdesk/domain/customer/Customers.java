package org.helpdesk.domain.customer;

import java.util.List;
import java.util.Optional;

/** The customers and their contacts. Implemented by the persistence layer; runs in the caller's transaction. */
public interface Customers {

    /** @param code the customer's natural id (after the first lookup it comes from the second-level cache) */
    Optional<Customer> byCode(String code);

    Optional<Customer> byId(long id);

    /** @return whether a customer has this code, without loading it */
    boolean exists(String code);

    /**
     * @param text found anywhere in the code or the name, in any case; taken literally (no wildcards)
     * @return at most {@code max} customers, active ones first, then by name and code
     */
    List<Customer> containing(String text, int max);

    Optional<Contact> contact(long id);

    void add(Customer customer);

    /** @return the active contacts of active customers with this address, in any case */
    List<Contact> contactsWithEmail(String address);

    /** @return the active customers with an active contact whose address is at this domain, in any case */
    List<Customer> withContactsAt(String domain);
}
