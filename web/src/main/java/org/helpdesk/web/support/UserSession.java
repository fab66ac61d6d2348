package org.helpdesk.web.support;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.Locale;
import java.util.Set;
import org.helpdesk.application.staff.CurrentUserService;
import org.helpdesk.application.staff.StaffService;

/**
 * The signed-in user as the screens see them: name, roles and the language of the screens (their own setting,
 * or the browser's before they sign in).
 */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CurrentUserService currentUser;

    @EJB
    private StaffService staff;

    private CurrentUserService.CurrentUser user;
    private Locale locale;

    /** The signed-in user, loaded once per session; {@code null} before sign-in. */
    public CurrentUserService.CurrentUser getUser() {
        Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        if (principal == null) {
            user = null;
        } else if (user == null || !user.username().equals(principal.getName())) {
            user = currentUser.whoAmI();
            locale = Locale.forLanguageTag(user.language());
        }
        return user;
    }

    public boolean isSignedIn() {
        return getUser() != null;
    }

    public boolean hasRole(String role) {
        CurrentUserService.CurrentUser u = getUser();
        return u != null && u.roles().contains(role);
    }

    public Set<String> getRoles() {
        CurrentUserService.CurrentUser u = getUser();
        return u == null ? Set.of() : u.roles();
    }

    public Locale getLocale() {
        getUser();
        if (locale == null) {
            Locale browser = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = browser != null && "it".equals(browser.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Switches the screens' language and, once signed in, keeps it as the user's setting. */
    public void changeLanguage(String language) {
        locale = "it".equals(language) ? Locale.ITALIAN : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (isSignedIn()) {
            staff.changeOwnLanguage(locale.getLanguage());
        }
    }

    public void logout() throws IOException {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) context.getRequest()).logout();
        } catch (ServletException e) {
            // The session is invalidated below whatever happened.
        }
        HttpSession session = (HttpSession) context.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        context.redirect(context.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
