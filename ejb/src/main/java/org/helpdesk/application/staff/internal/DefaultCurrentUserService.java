package org.helpdesk.application.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.helpdesk.application.staff.CurrentUserService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffUser;

@Stateless
public class DefaultCurrentUserService implements CurrentUserService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public CurrentUser whoAmI() {
        String username = context.getCallerPrincipal().getName();
        Set<String> roles = new TreeSet<>();
        Arrays.stream(Role.values()).map(Role::name).filter(context::isCallerInRole).forEach(roles::add);
        StaffUser user = em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getSingleResult();
        return new CurrentUser(username, user.getDisplayName(), user.getLanguage().getLanguage(), roles);
    }
}
