package org.helpdesk.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Values;

/**
 * A member of staff who signs in to Helpdesk. The password is only ever held as a modular-crypt hash
 * (see {@code PasswordHasher}); the plain text never reaches this class.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 320)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active;

    /** Programmers on duty are told at once when a High (blocking) programming ticket opens. */
    @Column(name = "on_duty", nullable = false)
    private boolean onDuty;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected StaffUser() {
        // for JPA
    }

    public StaffUser(String username, String displayName, String email, Locale language, String passwordHash,
            Set<Role> roles) {
        this.username = Values.text(username, "username");
        this.displayName = Values.text(displayName, "display name");
        this.email = email;
        this.language = Objects.requireNonNull(language, "language").getLanguage();
        this.passwordHash = hash(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.active = true;
    }

    /** The hash is made by the services from a password the commands checked: its absence is a fault in the code. */
    private static String hash(String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            throw new IllegalArgumentException("The password hash is required.");
        }
        return passwordHash.strip();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = hash(newHash);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidValueException("value.rolesRequired", "A user needs at least one role.");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void changeLanguage(Locale newLanguage) {
        String tag = Objects.requireNonNull(newLanguage, "language").getLanguage();
        if (!"it".equals(tag) && !"en".equals(tag)) {
            throw new InvalidValueException("value.staffLanguage", "The language must be it or en.");
        }
        this.language = tag;
    }

    public void putOnDuty(boolean onDuty) {
        this.onDuty = onDuty;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isOnDuty() {
        return onDuty;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
