-- Campus sign-in accounts, roles granted in Rapport, advisors' caseloads and the append-only audit log.

CREATE TABLE user_account (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    issuer         VARCHAR(255) NOT NULL,
    subject        VARCHAR(255) NOT NULL,
    username       VARCHAR(120) NOT NULL,
    email          VARCHAR(254) NULL,
    display_name   VARCHAR(160) NOT NULL,
    last_sign_in_at DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_subject UNIQUE (issuer, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_user_account_email ON user_account (email);
CREATE INDEX ix_user_account_name ON user_account (display_name);

-- Roles an administrator granted inside Rapport (merged with the roles from the campus groups claim).
CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_user_account_role_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_user_account_role CHECK (role IN ('STUDENT', 'ADVISOR', 'ADMIN'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE student ADD COLUMN account_id BIGINT NULL,
    ADD CONSTRAINT uk_student_account UNIQUE (account_id),
    ADD CONSTRAINT fk_student_account FOREIGN KEY (account_id) REFERENCES user_account (id);

ALTER TABLE advisor ADD COLUMN account_id BIGINT NULL,
    ADD CONSTRAINT uk_advisor_account UNIQUE (account_id),
    ADD CONSTRAINT fk_advisor_account FOREIGN KEY (account_id) REFERENCES user_account (id);

CREATE TABLE caseload_assignment (
    id         BIGINT      NOT NULL,
    version    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    advisor_id BIGINT      NOT NULL,
    student_id BIGINT      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_caseload_assignment UNIQUE (advisor_id, student_id),
    CONSTRAINT fk_caseload_advisor FOREIGN KEY (advisor_id) REFERENCES advisor (id),
    CONSTRAINT fk_caseload_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_caseload_student ON caseload_assignment (student_id);

CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    actor_account_id BIGINT     NULL,
    actor_name     VARCHAR(160) NOT NULL,
    student_id     BIGINT       NULL,
    target         VARCHAR(255) NULL,
    detail         VARCHAR(500) NULL,
    client_address VARCHAR(45)  NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- No foreign keys on purpose: an audit row outlives the account or record it names.
-- Searches filter by person, student, action and date, newest first.
CREATE INDEX ix_audit_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor_account_id, occurred_at);
CREATE INDEX ix_audit_student ON audit_entry (student_id, occurred_at);
CREATE INDEX ix_audit_action ON audit_entry (action, occurred_at);

-- The audit log is append-only, whoever connects: updates and deletes are refused by the database itself.
CREATE TRIGGER audit_entry_append_only_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_entry_append_only_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
