package org.helpdesk.web.rest;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method that creates something (and answers a {@link jakarta.ws.rs.core.Response}) as safe to send
 * again with the same {@code Idempotency-Key}: see {@link IdempotentCreation}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
