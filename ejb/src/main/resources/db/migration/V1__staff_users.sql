-- Staff users and their roles. The server's Elytron jdbc-realm (HelpdeskRealm) reads these two tables:
-- keep the column names in step with ear/src/main/wildfly/configure.cli.
CREATE SEQUENCE staff_user_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE staff_user (
    id            BIGINT       NOT NULL,
    version       BIGINT       NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320),
    language      VARCHAR(8)   NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL,
    CONSTRAINT pk_staff_user PRIMARY KEY (id),
    CONSTRAINT uk_staff_user_username UNIQUE (username)
);

CREATE TABLE staff_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_staff_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (user_id) REFERENCES staff_user (id),
    CONSTRAINT ck_staff_user_role_name CHECK (role_name IN
        ('OPERATOR', 'PROGRAMMER', 'PROGRAMMING_MANAGER', 'AUDITOR', 'ADMIN'))
);
