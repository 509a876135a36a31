-- Referral chains, continued (issue 7).
-- A name captured in meeting mode also keeps what the connector said about using their name and whether they will
-- introduce the student first; both carry over to the referral made from it when the meeting is marked held.
ALTER TABLE meeting_suggested_name
    ADD COLUMN name_permission VARCHAR(20) NOT NULL DEFAULT 'NOT_ASKED',
    ADD COLUMN contact_route   VARCHAR(20) NOT NULL DEFAULT 'DIRECT',
    ADD CONSTRAINT ck_suggested_name_permission CHECK (name_permission IN ('YES', 'NO', 'NOT_ASKED')),
    ADD CONSTRAINT ck_suggested_name_route CHECK (contact_route IN ('DIRECT', 'INTRODUCTION'));

-- The research list: organisations and people the student plans to talk to from their own research. Referrals are
-- the list's other source and stay in their own table; the list page shows both, each marked with where it came from.
CREATE TABLE research_target (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    student_id        BIGINT        NOT NULL,
    connector_id      BIGINT        NULL,
    name              VARCHAR(160)  NULL,
    organisation_name VARCHAR(160)  NULL,
    note              VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_target_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_research_target_connector FOREIGN KEY (connector_id) REFERENCES connector (id),
    CONSTRAINT ck_research_target_named CHECK (name IS NOT NULL OR organisation_name IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_target_student ON research_target (student_id, created_at);
CREATE INDEX ix_research_target_connector ON research_target (connector_id);

-- An outcome can name the connector whose conversation led to it, so the chain marks the branch that got there.
ALTER TABLE student_outcome
    ADD COLUMN came_through_id BIGINT NULL,
    ADD CONSTRAINT fk_student_outcome_came_through FOREIGN KEY (came_through_id) REFERENCES connector (id);

CREATE INDEX ix_student_outcome_came_through ON student_outcome (came_through_id);

-- CHECK_IN: when a referrer offered to introduce the student first, a week or so later the student checks back,
-- restating what the referrer kindly offered. {introductions} lists the people the referrer offered to introduce.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'CHECK_IN', 'EMAIL',
    'Checking back about an introduction',
    'Following up on your kind offer',
    CONCAT(
        'Dear {connectorFirstName},\n',
        '\n',
        'Thank you again for our conversation and for offering to introduce me to:\n',
        '{introductions}\n',
        '\n',
        'I wanted to check back in case it would help to have a short note from me to pass on. There is no rush at all, and I understand if the timing is not right.\n',
        '\n',
        'With thanks,\n',
        '{studentName}'),
    FALSE);
