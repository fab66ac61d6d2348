package org.helpdesk.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

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
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        String name = username == null ? "" : username.strip();
        switch (throttle.signIn(request, name, password, "sign-in screen")) {
            case THROTTLED -> Messages.error(Messages.format("signin.throttled",
                    SignInThrottle.minutes(throttle.waitBefore(name, request.getRemoteAddr()))));
            case REFUSED -> Messages.error(Messages.format("signin.failed"));
            case UNAVAILABLE -> Messages.error(Messages.format("signin.unavailable"));
            case SIGNED_IN -> context.redirect(context.getRequestContextPath() + "/app/home.xhtml");
        }
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
