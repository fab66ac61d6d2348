package org.helpdesk.infrastructure.security;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords as salted bcrypt in modular-crypt form ({@code $2a$10$...}), which is what the server's
 * {@code HelpdeskRealm} reads with its {@code modular-crypt-mapper}. Each call draws a fresh 16-byte salt, so
 * the same password never gives the same hash twice.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^10 rounds, about 60 ms on one core of the reference machine. */
    public static final int COST = 10;

    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    /**
     * @param plain the password as typed; never stored
     * @return the modular-crypt string to store in {@code staff_user.password_hash}
     */
    public static String hash(String plain) {
        if (plain == null || plain.isEmpty()) {
            throw new IllegalArgumentException("The password must not be empty.");
        }
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            BCryptPassword password = (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(
                    plain.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available in this runtime", e);
        }
    }

    /** @return whether {@code plain} matches the stored modular-crypt {@code hash} */
    public static boolean matches(String plain, String hash) {
        if (plain == null || hash == null) {
            return false;
        }
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), plain.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
