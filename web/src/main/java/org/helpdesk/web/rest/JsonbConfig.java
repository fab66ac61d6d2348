package org.helpdesk.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. JSON-B instances are thread-safe and cache what they learn about each class;
 * without this resolver the JSON provider may build that knowledge again and again (the profile of ticket creation
 * showed Yasson's class introspection among the largest costs).
 */
@Provider
public class JsonbConfig implements ContextResolver<Jsonb> {

    /** Also what the kept answers of {@link IdempotentCreation} are written with, so a replay reads the same. */
    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
