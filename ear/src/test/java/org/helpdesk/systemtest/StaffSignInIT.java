package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffSignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void eachDemoUserSignsInWithTheirOwnRole() {
        List<String[]> users = List.of(new String[] {"operator", "OPERATOR"},
                new String[] {"programmer", "PROGRAMMER"}, new String[] {"manager", "PROGRAMMING_MANAGER"},
                new String[] {"auditor", "AUDITOR"}, new String[] {"admin", "ADMIN"});
        for (String[] user : users) {
            HttpResponse<String> response = Api.get("me", user[0], "demo");

            assertEquals(200, response.statusCode(), user[0] + ": " + response.body());
            JsonObject me = Api.json(response);
            assertEquals(user[0], me.getString("username"));
            assertEquals(List.of(user[1]),
                    me.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .toList());
        }
    }

    @Test
    void refusesAnonymousCallers() {
        HttpResponse<String> response = Api.get("me");

        assertEquals(401, response.statusCode());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        HttpResponse<String> wrongPassword = Api.get("me", "operator", "not-demo");
        HttpResponse<String> unknownUser = Api.get("me", "nobody", "demo");

        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownUser.statusCode());
        assertEquals(withoutViewState(wrongPassword.body()), withoutViewState(unknownUser.body()),
                "the answer must not tell which part was wrong");
    }

    /** The sign-in form carries a per-request view state and script nonce; everything else must be the same. */
    private static String withoutViewState(String body) {
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(body);
        String withoutNonce = nonce.find() ? body.replace(nonce.group(1), "") : body;
        return withoutNonce.replaceAll("value=\"[^\"]*:[^\"]*\"", "value=\"\"");
    }

    @Test
    void storesPasswordsOnlyAsSaltedHashes() throws SQLException {
        List<String> hashes = TestDatabase.column("SELECT password_hash FROM staff_user ORDER BY username");

        assertTrue(hashes.size() >= 5, "the demo users: " + hashes.size());
        for (String hash : hashes) {
            assertTrue(hash.startsWith("$2a$10$"), hash);
            assertFalse(hash.contains("demo"), hash);
        }
        assertEquals(hashes.size(), hashes.stream().distinct().count(), "every hash has its own salt");
    }

    @Test
    void theSchemaWasBuiltByTheVersionedMigrations() throws SQLException {
        // A new database may start with a BASELINE marker at version 0 (the batch job repository creates its tables
        // before the first migration runs); every versioned migration from V1 is still applied after it.
        List<String> applied = TestDatabase.column(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
                        + " AND \"type\" <> 'BASELINE' ORDER BY \"installed_rank\"");

        assertEquals("1", applied.get(0), "applied: " + applied);
    }
}
