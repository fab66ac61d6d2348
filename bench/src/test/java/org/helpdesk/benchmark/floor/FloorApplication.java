package org.helpdesk.benchmark.floor;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** {@code /floor/api/*}: the JAX-RS floor. */
@ApplicationPath("api")
public class FloorApplication extends Application {
}
