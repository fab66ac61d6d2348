package org.helpdesk.application.internal;

import jakarta.ejb.EJBContext;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.helpdesk.domain.staff.Role;

/**
 * The caller's roles, as the container checks them for {@code @RolesAllowed}: what decides the actions a ticket
 * offers the caller. Read from the calling bean's own context, the one place the container answers it.
 */
public final class CallerRoles {

    private CallerRoles() {
    }

    public static Set<Role> of(EJBContext context) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (context.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return Collections.unmodifiableSet(roles);
    }
}
