package org.helpdesk.application.staff.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.infrastructure.security.PasswordHasher;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultStaffService implements StaffService {

    private static final Logger LOG = Logger.getLogger(DefaultStaffService.class.getName());

    @Inject
    private StaffMembers staff;

    @Inject
    private Caller caller;

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<StaffView> all() {
        return staff.all().stream().map(DefaultStaffService::view).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<StaffView> withRole(Role role) {
        return staff.activeWithRole(role).stream().map(DefaultStaffService::view).toList();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView create(NewStaffUser user) {
        if (staff.byUsername(user.username()).isPresent()) {
            throw new TicketRuleException("rule.userExists", "There is already a user {0}.", user.username());
        }
        StaffUser created = new StaffUser(user.username(), user.displayName(), user.email(),
                Locale.forLanguageTag(user.language()), PasswordHasher.hash(user.password()), user.roles());
        staff.add(created);
        LOG.info(() -> caller.username() + " created user " + user.username() + " with roles " + user.roles());
        return view(created);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public StaffView update(String username, Set<Role> roles, boolean active, boolean onDuty) {
        StaffUser user = find(username);
        if (username.equals(caller.username()) && (!active || !roles.contains(Role.ADMIN))) {
            throw new TicketRuleException("rule.ownAdminRights",
                    "You cannot remove your own administrator rights or deactivate yourself.");
        }
        user.changeRoles(roles);
        if (active) {
            user.activate();
        } else {
            user.deactivate();
        }
        user.putOnDuty(onDuty);
        LOG.info(() -> caller.username() + " set user " + username + " to roles " + roles + ", active " + active);
        return view(user);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public void resetPassword(String username, String newPassword) {
        find(username).changePasswordHash(PasswordHasher.hash(newPassword));
        LOG.info(() -> caller.username() + " reset the password of " + username);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public void changeOwnPassword(PasswordChange change) {
        StaffUser user = find(caller.username());
        if (!PasswordHasher.matches(change.currentPassword(), user.getPasswordHash())) {
            throw new TicketRuleException("rule.wrongCurrentPassword", "The current password is not right.");
        }
        user.changePasswordHash(PasswordHasher.hash(change.newPassword()));
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public void changeOwnLanguage(String language) {
        find(caller.username()).changeLanguage(Locale.forLanguageTag(language));
    }

    private StaffUser find(String username) {
        return staff.byUsername(username)
                .orElseThrow(() -> new NotFoundException("notFound.user", "There is no user {0}.", username));
    }

    private static StaffView view(StaffUser u) {
        return new StaffView(u.getUsername(), u.getDisplayName(), u.getEmail(), u.getLanguage().getLanguage(),
                u.getRoles(), u.isActive(), u.isOnDuty());
    }
}
