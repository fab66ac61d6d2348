package org.helpdesk.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root: {@code /helpdesk/api}. Authentication (HTTP BASIC) is declared in {@code web.xml}. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
