package org.helpdesk.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Customers and their contacts. Staff read them; ADMIN creates and changes them. */
@Local
public interface CustomerService {

    record ContactView(long id, String name, String email, String phone, String language,
            boolean receivesMonthlyReport, boolean active) {
    }

    record CustomerView(String code, String name, boolean active, List<ContactView> contacts) {
    }

    record NewCustomer(
            @NotBlank(message = "give the customer a code")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "2 to 32 capital letters, digits, - or _")
            String code,
            @NotBlank(message = "give the customer's name") @Size(max = 200, message = "at most 200 characters")
            String name) {
    }

    record NewContact(
            @NotBlank(message = "give the contact's name") @Size(max = 200, message = "at most 200 characters")
            String name,
            @Email(message = "not an e-mail address") @Size(max = 320, message = "at most 320 characters")
            String email,
            @Size(max = 40, message = "at most 40 characters") String phone,
            @NotNull(message = "choose it or en") @Pattern(regexp = "it|en", message = "choose it or en")
            String language,
            boolean receivesMonthlyReport) {
    }

    /** Customers whose code or name contains {@code text} (any case), active first, by name; at most 50. */
    List<CustomerView> search(String text, int limit);

    CustomerView get(@NotNull String code);

    CustomerView create(@NotNull @Valid NewCustomer customer);

    ContactView addContact(@NotNull String customerCode, @NotNull @Valid NewContact contact);
}
