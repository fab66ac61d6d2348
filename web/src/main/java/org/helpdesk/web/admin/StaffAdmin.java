package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.web.support.Messages;

/** Staff accounts: create a user with roles and a first password, change roles, reset a password. */
@Named
@ViewScoped
public class StaffAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffService staff;

    private List<StaffService.StaffView> users = List.of();
    private String username;
    private String displayName;
    private String email;
    private String language = "en";
    private List<Role> roles = List.of(Role.OPERATOR);
    private String password;
    private String selected;
    private List<Role> selectedRoles = List.of();
    private boolean selectedActive = true;
    private boolean selectedOnDuty;
    private String newPassword;

    @PostConstruct
    void load() {
        users = staff.all();
    }

    public void create() {
        StaffService.StaffView created = Messages.attempt(() -> staff.create(new StaffService.NewStaffUser(username,
                displayName, email == null || email.isBlank() ? null : email, language, roleSet(roles), password)));
        if (created != null) {
            Messages.info("done.userCreated", created.username());
            username = null;
            displayName = null;
            email = null;
            password = null;
            load();
        }
    }

    public void select(StaffService.StaffView user) {
        selected = user.username();
        selectedRoles = List.copyOf(user.roles());
        selectedActive = user.active();
        selectedOnDuty = user.onDuty();
        newPassword = null;
    }

    public void update() {
        if (Messages.attempt(() -> staff.update(selected, roleSet(selectedRoles), selectedActive, selectedOnDuty))
                != null) {
            Messages.info("done.userUpdated", selected);
            load();
        }
    }

    public void resetPassword() {
        if (newPassword == null || newPassword.length() < StaffService.MIN_PASSWORD) {
            Messages.error(Messages.format("field.newPassword") + ": " + Messages.format("users.passwordTooShort"));
            return;
        }
        if (Messages.attempt(() -> staff.resetPassword(selected, newPassword))) {
            Messages.info("done.passwordReset", selected);
            newPassword = null;
        }
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<StaffService.StaffView> getUsers() {
        return users;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSelected() {
        return selected;
    }

    public List<Role> getSelectedRoles() {
        return selectedRoles;
    }

    public void setSelectedRoles(List<Role> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }

    public boolean isSelectedActive() {
        return selectedActive;
    }

    public void setSelectedActive(boolean selectedActive) {
        this.selectedActive = selectedActive;
    }

    public boolean isSelectedOnDuty() {
        return selectedOnDuty;
    }

    public void setSelectedOnDuty(boolean selectedOnDuty) {
        this.selectedOnDuty = selectedOnDuty;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
