package org.helpdesk.application.customer;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.helpdesk.domain.text.PlainText;

/** Customers and their contacts. Staff read them; ADMIN creates and changes them. */
@Local
public interface CustomerService {

    record ContactView(long id, String name, String email, String phone, String language,
            boolean receivesMonthlyReport, boolean active) implements java.io.Serializable {
    }

    record CustomerView(String code, String name, boolean active, List<ContactView> contacts) implements java.io.Serializable {
    }

    @PlainText
    record NewCustomer(
            @NotBlank(message = "{validation.customerCode}")
            @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]{1,31}", message = "{validation.customerCodeFormat}")
            String code,
            @NotBlank(message = "{validation.customerName}") @Size(max = 200, message = "{validation.max200}")
            String name) implements java.io.Serializable {
    }

    @PlainText
    record NewContact(
            @NotBlank(message = "{validation.contactName}") @Size(max = 200, message = "{validation.max200}")
            String name,
            @Email(message = "{validation.email}") @Size(max = 320, message = "{validation.max320}")
            String email,
            @Size(max = 40, message = "{validation.max40}") String phone,
            @NotNull(message = "{validation.language}") @Pattern(regexp = "it|en", message = "{validation.language}")
            String language,
            boolean receivesMonthlyReport) implements java.io.Serializable {
    }

    /** Customers whose code or name contains {@code text} (any case), active first, by name; at most 50. */
    List<CustomerView> search(String text, int limit);

    CustomerView get(@NotNull String code);

    CustomerView create(@NotNull @Valid NewCustomer customer);

    ContactView addContact(@NotNull String customerCode, @NotNull @Valid NewContact contact);
}
