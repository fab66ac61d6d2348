package org.helpdesk.benchmark.floor;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance, as the application has it (its {@code JsonbConfig}): Yasson learns each class once. A copy of
 * that resolver, because {@code floor.war} carries none of the application's classes.
 */
@Provider
public class FloorJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
