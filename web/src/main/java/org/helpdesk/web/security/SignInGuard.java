package org.helpdesk.web.security;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts the sign-in throttle and the security headers in front of the server's own authentication, for every request
 * of this web application: the throttle must see an HTTP Basic request before the server checks its password, and
 * the headers must also reach the answers the server writes itself (its 401s and error pages). The one
 * {@link SignInAttempts} and {@link DatabaseProbe} of the application are kept in the servlet context under
 * {@link #ATTEMPTS} and {@link #DATABASE}, where the sign-in screen, {@code POST /api/session} and the REST API's
 * door find them.
 */
public class SignInGuard implements ServletExtension {

    /** The servlet-context attribute that holds the application's {@link SignInAttempts}. */
    public static final String ATTEMPTS = SignInAttempts.class.getName();
    /** The servlet-context attribute that holds the application's {@link DatabaseProbe}. */
    public static final String DATABASE = DatabaseProbe.class.getName();

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        SignInAttempts attempts = new SignInAttempts();
        DatabaseProbe database = new DatabaseProbe();
        context.setAttribute(ATTEMPTS, attempts);
        context.setAttribute(DATABASE, database);
        deployment.addOuterHandlerChainWrapper(next -> new SecurityHeaders(
                new BasicSignInThrottle(attempts, database, next)));
    }
}
