package org.helpdesk.application.internal;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * Checks every command record a service receives against its Bean Validation constraints before the service
 * runs, whoever the caller (REST, screens, batch), and refuses a missing one. All violations are reported at once,
 * by field name, in {@link ConstraintViolationException}.
 */
public class CommandValidation {

    @Inject
    private Validator validator;

    @AroundInvoke
    public Object validate(InvocationContext invocation) throws Exception {
        Class<?>[] types = invocation.getMethod().getParameterTypes();
        Object[] parameters = invocation.getParameters();
        Set<ConstraintViolation<Object>> violations = new LinkedHashSet<>();
        for (int i = 0; i < types.length; i++) {
            if (types[i].isRecord()) {
                if (parameters[i] == null) {
                    throw new InvalidValueException("value.noBody", "The request has no body: send the {0} fields"
                            + " as JSON.", String.join(", ", fieldNames(types[i])));
                }
                violations.addAll(validator.validate(parameters[i]));
            }
        }
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return invocation.proceed();
    }

    private static Set<String> fieldNames(Class<?> record) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }
}
