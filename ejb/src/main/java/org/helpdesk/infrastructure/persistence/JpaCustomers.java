package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.hibernate.Session;

/** {@link Customers} with JPA. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaCustomers implements Customers {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<Customer> byCode(String code) {
        // The code is the customer's natural id: after the first lookup it comes from the second-level cache.
        return em.unwrap(Session.class).bySimpleNaturalId(Customer.class).loadOptional(code);
    }

    @Override
    public Optional<Customer> byId(long id) {
        return Optional.ofNullable(em.find(Customer.class, id));
    }

    @Override
    public boolean exists(String code) {
        return !em.createQuery("select c.id from Customer c where c.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Customer> containing(String text, int max) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return em.createQuery("select c from Customer c where lower(c.code) like :p escape '\\'"
                        + " or lower(c.name) like :p escape '\\' order by c.active desc, c.name, c.code",
                        Customer.class)
                .setParameter("p", pattern)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<Contact> contact(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    @Override
    public void add(Customer customer) {
        em.persist(customer);
    }

    @Override
    public List<Contact> contactsWithEmail(String address) {
        return em.createQuery("select k from Contact k join fetch k.customer where lower(k.email) = :address"
                        + " and k.active = true and k.customer.active = true order by k.id", Contact.class)
                .setParameter("address", address.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    @Override
    public List<Customer> withContactsAt(String domain) {
        String pattern = "%@" + domain.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return em.createQuery("select distinct c from Contact k join k.customer c where lower(k.email) like :p"
                        + " escape '\\' and k.active = true and c.active = true", Customer.class)
                .setParameter("p", pattern)
                .setMaxResults(2)
                .getResultList();
    }
}
