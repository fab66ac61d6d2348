package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.helpdesk.application.customer.CustomerService;
import org.helpdesk.web.support.Messages;

/** Customers and their contacts (language, monthly-report recipient). */
@Named
@ViewScoped
public class CustomerAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CustomerService customers;

    private String query;
    private List<CustomerService.CustomerView> found = List.of();
    private String code;
    private String name;
    private String contactCustomer;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String contactLanguage = "it";
    private boolean contactReceivesReport;

    @PostConstruct
    void load() {
        found = customers.search(query, 50);
    }

    public void search() {
        load();
    }

    public void create() {
        CustomerService.CustomerView created = Messages.attempt(() -> customers.create(
                new CustomerService.NewCustomer(code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT), name)));
        if (created != null) {
            Messages.info("done.customerCreated", created.code());
            contactCustomer = created.code();
            code = null;
            name = null;
            load();
        }
    }

    public void addContact() {
        if (Messages.attempt(() -> customers.addContact(contactCustomer, new CustomerService.NewContact(contactName,
                contactEmail == null || contactEmail.isBlank() ? null : contactEmail, contactPhone, contactLanguage,
                contactReceivesReport))) != null) {
            Messages.info("done.contactAdded");
            contactName = null;
            contactEmail = null;
            contactPhone = null;
            load();
        }
    }

    public List<CustomerService.CustomerView> getFound() {
        return found;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactCustomer() {
        return contactCustomer;
    }

    public void setContactCustomer(String contactCustomer) {
        this.contactCustomer = contactCustomer;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactLanguage() {
        return contactLanguage;
    }

    public void setContactLanguage(String contactLanguage) {
        this.contactLanguage = contactLanguage;
    }

    public boolean isContactReceivesReport() {
        return contactReceivesReport;
    }

    public void setContactReceivesReport(boolean contactReceivesReport) {
        this.contactReceivesReport = contactReceivesReport;
    }
}
