package org.helpdesk.domain.staff;

/**
 * The roles a staff user can hold. The names are the role names that {@code @RolesAllowed} checks and
 * that the security realm reads from the {@code staff_user_role} table.
 */
public enum Role {
    OPERATOR,
    PROGRAMMER,
    PROGRAMMING_MANAGER,
    AUDITOR,
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String OPERATOR = "OPERATOR";
        public static final String PROGRAMMER = "PROGRAMMER";
        public static final String PROGRAMMING_MANAGER = "PROGRAMMING_MANAGER";
        public static final String AUDITOR = "AUDITOR";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
