package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.staff.StaffUser;

/** {@link StaffMembers} with JPQL. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaStaffMembers implements StaffMembers {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<StaffUser> byUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public boolean exists(String username) {
        return !em.createQuery("select u.id from StaffUser u where u.username = :username", Long.class)
                .setParameter("username", username).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<StaffUser> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    @Override
    public List<StaffUser> activeWithRole(Role role) {
        return em.createQuery("select distinct u from StaffUser u join u.roles r where r = :role and u.active = true"
                + " order by u.displayName", StaffUser.class).setParameter("role", role).getResultList();
    }

    @Override
    public List<StaffUser> blockingProblemRecipients() {
        return em.createQuery("select distinct u from StaffUser u join u.roles r where u.active = true"
                + " and (r = :manager or (r = :programmer and u.onDuty = true)) order by u.username", StaffUser.class)
                .setParameter("manager", Role.PROGRAMMING_MANAGER)
                .setParameter("programmer", Role.PROGRAMMER)
                .getResultList();
    }

    @Override
    public void add(StaffUser user) {
        em.persist(user);
    }
}
