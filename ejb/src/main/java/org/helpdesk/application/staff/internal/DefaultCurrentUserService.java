package org.helpdesk.application.staff.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.helpdesk.application.staff.CurrentUserService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.staff.StaffUser;

@Stateless
public class DefaultCurrentUserService implements CurrentUserService {

    @Resource
    private SessionContext context;

    @Inject
    private StaffMembers staff;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER,
            Role.Names.AUDITOR, Role.Names.ADMIN})
    public CurrentUser whoAmI() {
        String username = context.getCallerPrincipal().getName();
        Set<String> roles = new TreeSet<>();
        Arrays.stream(Role.values()).map(Role::name).filter(context::isCallerInRole).forEach(roles::add);
        // Signed in, so known: the realm authenticates against the same table.
        StaffUser user = staff.byUsername(username).orElseThrow(
                () -> new IllegalStateException("The signed-in user " + username + " is not a staff user."));
        return new CurrentUser(username, user.getDisplayName(), user.getLanguage().getLanguage(), roles);
    }
}
