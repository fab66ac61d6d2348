package org.helpdesk.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashIsSaltedBcryptInModularCryptForm() {
        String first = PasswordHasher.hash("demo");
        String second = PasswordHasher.hash("demo");

        assertTrue(first.startsWith("$2a$10$"), first);
        assertFalse(first.contains("demo"));
        assertNotEquals(first, second, "two hashes of one password must differ by their salt");
    }

    @Test
    void matchesOnlyTheRightPassword() {
        String hash = PasswordHasher.hash("correct horse");

        assertTrue(PasswordHasher.matches("correct horse", hash));
        assertFalse(PasswordHasher.matches("correct hors", hash));
        assertFalse(PasswordHasher.matches("anything", "not a hash"));
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.hash(""));
    }
}
