package org.helpdesk.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.web.support.Messages;

/** Changing one's own password: the current one is checked first. */
@Named
@RequestScoped
public class PasswordChange {

    @EJB
    private StaffService staff;

    private String current;
    private String replacement;

    public void change() {
        if (Messages.attempt(() -> staff.changeOwnPassword(new StaffService.PasswordChange(current, replacement)))) {
            Messages.info("done.passwordChanged");
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }
}
