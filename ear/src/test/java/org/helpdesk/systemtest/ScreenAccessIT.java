package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every staff screen: anonymous visitors are sent to sign in; a role without rights gets 403. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenAccessIT {

    static final List<String> SCREENS = List.of("app/home.xhtml", "app/tickets/new.xhtml", "app/tickets/list.xhtml",
            "app/tickets/detail.xhtml", "app/programming/board.xhtml", "app/programming/mine.xhtml",
            "app/programming/detail.xhtml", "app/dashboard.xhtml", "app/admin/users.xhtml",
            "app/admin/customers.xhtml", "app/admin/targets.xhtml", "app/admin/calendar.xhtml",
            "app/account/password.xhtml", "app/reports/statements.xhtml");

    /** Screen and a role that must not see it, for every restricted screen. */
    static final Map<String, List<String>> FORBIDDEN = Map.of(
            "app/tickets/new.xhtml", List.of("auditor", "programmer", "manager"),
            "app/programming/board.xhtml", List.of("operator", "programmer", "auditor", "admin"),
            "app/programming/mine.xhtml", List.of("operator", "manager", "auditor", "admin"),
            "app/admin/users.xhtml", List.of("operator", "programmer", "manager", "auditor"),
            "app/admin/customers.xhtml", List.of("operator", "programmer", "manager", "auditor"),
            "app/admin/targets.xhtml", List.of("operator", "programmer", "manager", "auditor"),
            "app/admin/calendar.xhtml", List.of("operator", "programmer", "manager", "auditor"),
            "app/reports/statements.xhtml", List.of("operator", "programmer", "manager"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void anonymousVisitorsAreSentToSignInFromEveryScreen() {
        for (String screen : SCREENS) {
            HttpResponse<String> response = Api.get("../" + screen);

            assertEquals(200, response.statusCode(), screen);
            assertTrue(response.body().contains("id=\"signin:username\""), screen + " shows the sign-in form");
            assertTrue(!response.body().contains("id=\"signed-in-as\""), screen);
        }
    }

    @Test
    void aRoleWithoutRightsGets403OnEachRestrictedScreen() {
        FORBIDDEN.forEach((screen, users) -> users.forEach(user -> {
            HttpResponse<String> response = Api.get("../" + screen, user, "demo");
            assertEquals(403, response.statusCode(), user + " on " + screen);
        }));
    }

    @Test
    void theRightRolesSeeTheirScreens() {
        Map.of("app/tickets/new.xhtml", "operator", "app/programming/board.xhtml", "manager",
                "app/programming/mine.xhtml", "programmer", "app/admin/users.xhtml", "admin",
                "app/dashboard.xhtml", "auditor", "app/tickets/list.xhtml", "auditor",
                "app/reports/statements.xhtml", "auditor")
                .forEach((screen, user) -> assertEquals(200, Api.get("../" + screen, user, "demo").statusCode(),
                        user + " on " + screen));
    }
}
