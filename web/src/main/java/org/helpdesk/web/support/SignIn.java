package org.helpdesk.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;

/**
 * The sign-in form: checks the throttle, signs in through the server's security domain, and answers a wrong user
 * name and a wrong password with the same words.
 */
@Named
@RequestScoped
public class SignIn {

    @Inject
    private SignInThrottle throttle;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String address = request.getRemoteAddr();
        String name = username == null ? "" : username.strip();
        Duration wait = throttle.waitBefore(name, address);
        if (!wait.isZero() && !wait.isNegative()) {
            Messages.error(Messages.format("signin.throttled", Math.max(1, (wait.getSeconds() + 59) / 60)));
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
        } catch (ServletException e) {
            throttle.failed(name, address);
            Messages.error(Messages.format("signin.failed"));
            return;
        }
        throttle.succeeded(name);
        context.redirect(context.getRequestContextPath() + "/app/home.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
