/**
 * The sign-in guard and the security headers, installed in front of the server's own authentication (an Undertow
 * {@link io.undertow.servlet.ServletExtension}): one throttle for every way of signing in, and the headers every
 * response carries. Nothing here knows the domain; the sign-in screen and {@code /api/session} reach the same
 * throttle through {@link org.helpdesk.web.support.SignInThrottle}.
 */
package org.helpdesk.web.security;
