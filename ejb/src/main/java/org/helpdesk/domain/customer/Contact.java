package org.helpdesk.domain.customer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Values;

/**
 * A person at a customer: who opened a request, who agrees a closure, who receives the monthly report. Mail and
 * reports go out in the contact's language, which is Italian or English because those are the only languages the
 * templates exist in. Read at every ticket opening, seldom changed: kept in the second-level cache.
 */
@Entity
@Cacheable
@Table(name = "contact")
public class Contact {

    /** The languages mail and report templates exist in. */
    public static final Set<String> LANGUAGES = Set.of("it", "en");

    static final int NAME_MAX = 200;
    static final int EMAIL_MAX = 320;
    static final int PHONE_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "receives_monthly_report", nullable = false)
    private boolean receivesMonthlyReport;

    @Column(nullable = false)
    private boolean active;

    protected Contact() {
        // for JPA
    }

    /** Created through {@link Customer#addContact}, which keeps both sides of the association in step. */
    Contact(Customer customer, String name, String email, String phone, Locale language,
            boolean receivesMonthlyReport) {
        this.customer = Objects.requireNonNull(customer, "customer");
        this.active = true;
        apply(name, email, phone, language, receivesMonthlyReport);
    }

    /** Replaces the contact's details, with the same checks as when it was added. */
    public void changeDetails(String name, String email, String phone, Locale language,
            boolean receivesMonthlyReport) {
        apply(name, email, phone, language, receivesMonthlyReport);
    }

    private void apply(String name, String email, String phone, Locale language, boolean receivesMonthlyReport) {
        // Everything is checked before anything is assigned, so a refused change leaves the contact as it was.
        String validName = Values.text(name, "contact name", NAME_MAX);
        String validEmail = Values.optionalText(email, "e-mail address", EMAIL_MAX);
        if (validEmail != null && !validEmail.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidValueException("value.notAnEmail", "''{0}'' is not an e-mail address.", validEmail);
        }
        if (receivesMonthlyReport && validEmail == null) {
            throw new InvalidValueException("value.reportNeedsEmail",
                    "A contact who receives the monthly report needs an e-mail address.");
        }
        String validPhone = Values.optionalText(phone, "phone number", PHONE_MAX);
        String validLanguage = validLanguage(language);
        this.name = validName;
        this.email = validEmail;
        this.phone = validPhone;
        this.language = validLanguage;
        this.receivesMonthlyReport = receivesMonthlyReport;
    }

    private static String validLanguage(Locale language) {
        if (language == null) {
            throw new InvalidValueException("value.contactLanguageRequired",
                    "The contact''s language is required: Italian (it) or English (en).");
        }
        String code = language.getLanguage();
        if (!LANGUAGES.contains(code)) {
            throw new InvalidValueException("value.contactLanguage",
                    "The contact''s language must be Italian (it) or English (en), not ''{0}''.",
                    code.isEmpty() ? language.toString() : code);
        }
        return code;
    }

    /** A contact who left the customer stays on old tickets but is offered for no new one. */
    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /**
     * Compares by identity, or by id when one side is a lazy proxy loaded in another way.
     *
     * @return whether this contact is one of the given customer's
     */
    public boolean belongsTo(Customer other) {
        if (other == null) {
            return false;
        }
        if (customer == other) {
            return true;
        }
        Long mine = customer.getId();
        return mine != null && mine.equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public boolean isReceivesMonthlyReport() {
        return receivesMonthlyReport;
    }

    public boolean isActive() {
        return active;
    }
}
