package org.helpdesk.domain.customer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Values;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;

/**
 * A company the help desk supports, known to everybody by its short code (e.g. {@code ACME}). Contacts are added
 * through {@link #addContact} so that they always point back to their customer; they are saved with it.
 */
@Entity
@Cacheable
@NaturalIdCache
@Table(name = "customer")
public class Customer {

    static final int CODE_MAX = 32;
    static final int NAME_MAX = 200;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]*");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
    @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    // Immutable and unique: tickets are opened by customer code, resolved through the natural-id cache.
    @NaturalId
    @Column(nullable = false, unique = true, length = CODE_MAX, updatable = false)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active;

    // No orphan removal: a contact named by old tickets is deactivated, never deleted.
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = false)
    @OrderBy("id")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {
        // for JPA
    }

    /**
     * @param code the short code, stored in upper case: letters, digits, '-' and '_'
     * @param name the company name
     */
    public Customer(String code, String name) {
        this.code = validCode(code);
        this.name = Values.text(name, "customer name", NAME_MAX);
        this.active = true;
    }

    private static String validCode(String code) {
        String upper = Values.text(code, "customer code", CODE_MAX).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw new InvalidValueException("value.customerCodeCharacters",
                    "The customer code may contain only letters, digits, ''-'' and ''_'' (got ''{0}'').", code.strip());
        }
        return upper;
    }

    /**
     * Adds a person at this customer the help desk talks to.
     *
     * @param language the language of mail and reports sent to the contact: Italian or English
     * @param receivesMonthlyReport whether the monthly report of calls goes to this contact; needs an e-mail
     * @return the new contact, saved with the customer
     */
    public Contact addContact(String name, String email, String phone, Locale language, boolean receivesMonthlyReport) {
        Contact contact = new Contact(this, name, email, phone, language, receivesMonthlyReport);
        contacts.add(contact);
        return contact;
    }

    public void rename(String newName) {
        this.name = Values.text(newName, "customer name", NAME_MAX);
    }

    /** A customer who leaves keeps its history; no new ticket can be opened for it. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** @return the active contacts who receive the monthly report, in the order they were added */
    public List<Contact> monthlyReportRecipients() {
        return contacts.stream().filter(c -> c.isActive() && c.isReceivesMonthlyReport()).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    /** @return all contacts, active or not, in the order they were added */
    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }
}
