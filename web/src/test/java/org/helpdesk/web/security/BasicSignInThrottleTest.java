package org.helpdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicSignInThrottleTest {

    @Test
    void readsTheUserNameOfBasicCredentials() {
        assertEquals("giulia", BasicSignInThrottle.basicUsername("Basic " + encoded("giulia:secret:with:colons")));
        assertEquals("giulia", BasicSignInThrottle.basicUsername("basic  " + encoded("giulia:")));
        assertEquals("Gïulia", BasicSignInThrottle.basicUsername("BASIC " + encoded("Gïulia:x")));
    }

    @Test
    void anythingElseIsNoBasicUserName() {
        assertNull(BasicSignInThrottle.basicUsername(null));
        assertNull(BasicSignInThrottle.basicUsername("Bearer abc"));
        assertNull(BasicSignInThrottle.basicUsername("Basic "));
        assertNull(BasicSignInThrottle.basicUsername("Basic !!not-base64!!"));
        assertNull(BasicSignInThrottle.basicUsername("Basic " + encoded("no colon")));
    }

    private static String encoded(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
