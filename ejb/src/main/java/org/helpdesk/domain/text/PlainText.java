package org.helpdesk.domain.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Every text of the command record it marks is plain text ({@link PlainTexts}): each text with a control character
 * is refused under its own field's name, like any other invalid value.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks each {@code String} component of a record. */
    class Validator implements ConstraintValidator<PlainText, Record> {

        @Override
        public boolean isValid(Record command, ConstraintValidatorContext context) {
            if (command == null) {
                return true;
            }
            boolean valid = true;
            for (RecordComponent component : command.getClass().getRecordComponents()) {
                if (component.getType() == String.class && !PlainTexts.isPlain((String) value(command, component))) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(component.getName()).addConstraintViolation();
                }
            }
            return valid;
        }

        private static Object value(Record command, RecordComponent component) {
            try {
                return component.getAccessor().invoke(command);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + command, e);
            }
        }
    }
}
