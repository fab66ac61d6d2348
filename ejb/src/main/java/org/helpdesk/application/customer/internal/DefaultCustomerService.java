package org.helpdesk.application.customer.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Locale;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.customer.CustomerService;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.TicketRuleException;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultCustomerService implements CustomerService {

    @Inject
    private Customers customers;

    @Inject
    private UnitOfWork unitOfWork;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<CustomerView> search(String text, int limit) {
        return customers.containing(text, Math.max(1, Math.min(limit, 50))).stream()
                .map(DefaultCustomerService::view).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public CustomerView get(String code) {
        return view(find(code));
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public CustomerView create(NewCustomer customer) {
        if (customers.exists(customer.code())) {
            throw new TicketRuleException("rule.customerExists", "There is already a customer with code {0}.",
                    customer.code());
        }
        Customer created = new Customer(customer.code(), customer.name());
        customers.add(created);
        return view(created);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ContactView addContact(String customerCode, NewContact contact) {
        Customer customer = find(customerCode);
        Contact created = customer.addContact(contact.name(), contact.email(), contact.phone(),
                Locale.forLanguageTag(contact.language()), contact.receivesMonthlyReport());
        // Written now, so that the view carries the contact's id.
        unitOfWork.flush();
        return view(created);
    }

    private Customer find(String code) {
        return customers.byCode(code).orElseThrow(() -> new NotFoundException("notFound.customer", "There is no customer {0}.", code));
    }

    private static CustomerView view(Customer c) {
        return new CustomerView(c.getCode(), c.getName(), c.isActive(),
                c.getContacts().stream().map(DefaultCustomerService::view).toList());
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.getId(), c.getName(), c.getEmail(), c.getPhone(), c.getLanguage().getLanguage(),
                c.isReceivesMonthlyReport(), c.isActive());
    }
}
