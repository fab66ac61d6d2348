package org.helpdesk.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A violation as the validator reports one for a field of a command that a service method received: the path
 * {@code open.arg0.subject}, the service the root bean, the command the leaf. For the unit tests of the screens'
 * and the API's messages, which need one without a validator.
 */
public final class ServiceViolation {

    private ServiceViolation() {
    }

    /**
     * @param command the command the field belongs to (the leaf bean), or null
     * @param path the path's node names, e.g. {@code open}, {@code arg0}, {@code subject}
     */
    public static ConstraintViolation<Object> of(Object command, String template, String message, String... path) {
        List<Path.Node> nodes = Arrays.stream(path).map(ServiceViolation::node).toList();
        Path propertyPath = new Path() {
            @Override
            public java.util.Iterator<Node> iterator() {
                return nodes.iterator();
            }

            @Override
            public String toString() {
                return nodes.stream().map(Node::getName).collect(Collectors.joining("."));
            }
        };
        return new ConstraintViolation<>() {
            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public String getMessageTemplate() {
                return template;
            }

            @Override
            public Object getRootBean() {
                return null;
            }

            @Override
            public Class<Object> getRootBeanClass() {
                return Object.class;
            }

            @Override
            public Object getLeafBean() {
                return command;
            }

            @Override
            public Object[] getExecutableParameters() {
                return new Object[0];
            }

            @Override
            public Object getExecutableReturnValue() {
                return null;
            }

            @Override
            public Path getPropertyPath() {
                return propertyPath;
            }

            @Override
            public Object getInvalidValue() {
                return null;
            }

            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return null;
            }

            @Override
            public <U> U unwrap(Class<U> type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String toString() {
                return propertyPath + ": " + message;
            }
        };
    }

    private static Path.Node node(String name) {
        return new Path.Node() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isInIterable() {
                return false;
            }

            @Override
            public Integer getIndex() {
                return null;
            }

            @Override
            public Object getKey() {
                return null;
            }

            @Override
            public ElementKind getKind() {
                return ElementKind.PROPERTY;
            }

            @Override
            public <T extends Path.Node> T as(Class<T> type) {
                return type.cast(this);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
