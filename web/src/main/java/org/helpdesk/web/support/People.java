package org.helpdesk.web.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.domain.staff.Role;

/**
 * People by the name they go by: the screens show "Olivia Operator", never the login {@code operator}. The active
 * staff are read once per request, role by role (the list every signed-in user may read); a login nobody active
 * holds any more is shown as it is.
 */
@Named("people")
@RequestScoped
public class People {

    @EJB
    private StaffService staff;

    private Map<String, String> names;

    /** @return the display name of {@code username}; the user name itself for a former user; "" for none */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return names().getOrDefault(username, username);
    }

    private Map<String, String> names() {
        if (names == null) {
            Map<String, String> read = new HashMap<>();
            for (Role role : Role.values()) {
                staff.withRole(role).forEach(s -> read.putIfAbsent(s.username(), s.displayName()));
            }
            names = read;
        }
        return names;
    }
}
