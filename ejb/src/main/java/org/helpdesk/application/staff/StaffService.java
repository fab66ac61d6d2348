package org.helpdesk.application.staff;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.text.PlainText;

/**
 * Staff accounts. ADMIN manages them; every staff user changes their own password and language. Passwords are
 * stored only as salted bcrypt hashes.
 */
@Local
public interface StaffService {

    int MIN_PASSWORD = 8;

    record StaffView(String username, String displayName, String email, String language, Set<Role> roles,
            boolean active, boolean onDuty) implements java.io.Serializable {
    }

    @PlainText
    record NewStaffUser(
            @NotBlank(message = "{validation.username}")
            @Pattern(regexp = "[a-z0-9._-]{2,64}", message = "{validation.usernameFormat}")
            String username,
            @NotBlank(message = "{validation.displayName}") @Size(max = 200, message = "{validation.max200}")
            String displayName,
            @Email(message = "{validation.email}") @Size(max = 320, message = "{validation.max320}")
            String email,
            @NotNull(message = "{validation.language}") @Pattern(regexp = "it|en", message = "{validation.language}")
            String language,
            @NotEmpty(message = "{validation.roles}") Set<Role> roles,
            @NotNull(message = "{validation.firstPassword}")
            @Size(min = MIN_PASSWORD, max = 200, message = "{validation.min8}") String password) implements java.io.Serializable {
    }

    @PlainText
    record PasswordChange(
            @NotNull(message = "{validation.currentPassword}") String currentPassword,
            @NotNull(message = "{validation.newPassword}")
            @Size(min = MIN_PASSWORD, max = 200, message = "{validation.min8}") String newPassword) implements java.io.Serializable {
    }

    /** Every account, by user name. ADMIN. */
    List<StaffView> all();

    /** Active users holding {@code role}, by name: for assignment lists. Staff. */
    List<StaffView> withRole(@NotNull Role role);

    /** ADMIN. */
    StaffView create(@NotNull @Valid NewStaffUser user);

    /** ADMIN: replaces the roles, activity and on-duty flag. */
    StaffView update(@NotNull String username, @NotEmpty Set<Role> roles, boolean active, boolean onDuty);

    /** ADMIN: sets a new password (to hand over to the user). */
    void resetPassword(@NotNull String username, @NotNull @Size(min = MIN_PASSWORD, max = 200) String newPassword);

    /** The caller's own password, after checking the current one. */
    void changeOwnPassword(@NotNull @Valid PasswordChange change);

    /** The caller's own screen and mail language: {@code it} or {@code en}. */
    void changeOwnLanguage(@NotNull @Pattern(regexp = "it|en") String language);
}
