package org.helpdesk.application.internal;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation's traversable resolver for this module ({@code META-INF/validation.xml}): every property is
 * validated. What is validated here are command records, never entities (the persistence unit validates nothing), so
 * the default resolver's question to JPA, "is this property loaded?", asked for every constrained property of every
 * command, has only one answer and cost a twentieth of a ticket's creation.
 */
public class EveryPropertyReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
