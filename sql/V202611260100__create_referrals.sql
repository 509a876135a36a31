-- Referral chains (issue 7): a referral is made in a held meeting by the connector met (the referrer) to a person,
-- who is a connector of the student or, until completed, just a name and an organisation. One referral per referrer
-- and person: naming someone already referred by the same connector links to that record instead of a duplicate.
CREATE TABLE referral (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    student_id        BIGINT        NOT NULL,
    meeting_id        BIGINT        NOT NULL,
    referrer_id       BIGINT        NOT NULL,
    connector_id      BIGINT        NULL,
    suggested_name_id BIGINT        NULL,
    name              VARCHAR(160)  NOT NULL,
    organisation_name VARCHAR(160)  NULL,
    name_permission   VARCHAR(20)   NOT NULL,
    contact_route     VARCHAR(20)   NOT NULL,
    contact_details   BOOLEAN       NOT NULL DEFAULT FALSE,
    status            VARCHAR(20)   NOT NULL,
    status_changed_on DATE          NOT NULL,
    check_in_on       DATE          NULL,
    note              VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_referral_person UNIQUE (referrer_id, connector_id),
    CONSTRAINT uk_referral_suggested_name UNIQUE (suggested_name_id),
    CONSTRAINT fk_referral_student FOREIGN KEY (student_id) REFERENCES student (id),
    -- No cascade: a meeting that referrals came from cannot be deleted (cancel it instead).
    CONSTRAINT fk_referral_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_referral_referrer FOREIGN KEY (referrer_id) REFERENCES connector (id),
    CONSTRAINT fk_referral_connector FOREIGN KEY (connector_id) REFERENCES connector (id),
    CONSTRAINT fk_referral_suggested_name FOREIGN KEY (suggested_name_id) REFERENCES meeting_suggested_name (id),
    CONSTRAINT ck_referral_not_self CHECK (connector_id IS NULL OR connector_id <> referrer_id),
    CONSTRAINT ck_referral_permission CHECK (name_permission IN ('YES', 'NO', 'NOT_ASKED')),
    CONSTRAINT ck_referral_route CHECK (contact_route IN ('DIRECT', 'INTRODUCTION')),
    CONSTRAINT ck_referral_status CHECK (status IN ('NAMED', 'CONTACT_DETAILS', 'CONTACTED', 'MEETING_REQUESTED',
        'MET', 'STALLED', 'DECLINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The chain and the dashboard read a student's referrals by status and last movement (stale ones).
CREATE INDEX ix_referral_student ON referral (student_id, status, status_changed_on);
CREATE INDEX ix_referral_meeting ON referral (meeting_id);
CREATE INDEX ix_referral_connector ON referral (connector_id);
