package org.helpdesk.application.staff;

import jakarta.ejb.Local;
import java.util.Set;

/** Who is signed in, as the services see it. */
@Local
public interface CurrentUserService {

    /** The signed-in staff user: name, display name, language and roles. */
    record CurrentUser(String username, String displayName, String language, Set<String> roles) implements java.io.Serializable {
    }

    /**
     * @return the caller's identity and roles; any authenticated staff user may ask
     * @throws jakarta.ejb.EJBAccessException for an anonymous caller
     */
    CurrentUser whoAmI();
}
