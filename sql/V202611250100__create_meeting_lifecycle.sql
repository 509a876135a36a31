-- From request to thank-you: the meeting's lifecycle (state, timeline, schedule), the messages a student drafts for
-- it (request, follow-up, confirmation, thank-you, update to the referrer, telling helpers), the office's templates
-- for them, objections as coded outcomes, outcomes that close the loop, tasks that can be snoozed, and the mail outbox
-- the reminder scheduler claims work from.

-- A student's mobile number goes into confirmation messages; reminders by e-mail can be turned off.
ALTER TABLE student
    ADD COLUMN mobile_phone    VARCHAR(40) NULL,
    ADD COLUMN email_reminders BOOLEAN     NOT NULL DEFAULT TRUE;

-- The schedule agreed with the connector. starts_at is UTC; the two zones are kept as they were when scheduled so
-- the page can show both parties' local times even if a profile changes later.
ALTER TABLE meeting
    ADD COLUMN starts_at      DATETIME(6)  NULL,
    ADD COLUMN meeting_mode   VARCHAR(20)  NULL,
    ADD COLUMN place          VARCHAR(300) NULL,
    ADD COLUMN caller         VARCHAR(20)  NULL,
    ADD COLUMN meal           BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN student_zone   VARCHAR(64)  NULL,
    ADD COLUMN connector_zone VARCHAR(64)  NULL,
    ADD COLUMN requested_on   DATE         NULL,
    ADD COLUMN thanked_on     DATE         NULL,
    ADD CONSTRAINT ck_meeting_scheduled CHECK (state NOT IN ('SCHEDULED', 'CONFIRMED')
        OR (starts_at IS NOT NULL AND meeting_mode IS NOT NULL AND student_zone IS NOT NULL));

-- Upcoming meetings on the dashboard are read by start time.
CREATE INDEX ix_meeting_student_starts ON meeting (student_id, starts_at);
-- The scheduler looks for requests without an answer.
CREATE INDEX ix_meeting_state_requested ON meeting (state, requested_on);

-- Every transition, in order: the timeline on the meeting page.
CREATE TABLE meeting_event (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    meeting_id  BIGINT       NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    from_state  VARCHAR(20)  NULL,
    to_state    VARCHAR(20)  NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    detail      VARCHAR(500) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_event_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_event_meeting ON meeting_event (meeting_id, occurred_at);

-- Times the student offered in the request; shown in the connector's time zone.
CREATE TABLE meeting_window (
    id         BIGINT      NOT NULL,
    version    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    meeting_id BIGINT      NOT NULL,
    starts_at  DATETIME(6) NOT NULL,
    ends_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_window_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_meeting_window_order CHECK (ends_at > starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_window_meeting ON meeting_window (meeting_id, starts_at);

-- The office's templates, managed by advisors. Placeholders in braces are filled from the connector, the referrer,
-- shared interests, the student's research and the schedule.
CREATE TABLE message_template (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    kind       VARCHAR(30)   NOT NULL,
    channel    VARCHAR(20)   NOT NULL,
    name       VARCHAR(120)  NOT NULL,
    subject    VARCHAR(200)  NULL,
    body       VARCHAR(6000) NOT NULL,
    retired    BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_message_template_name UNIQUE (kind, channel, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_message_template_kind ON message_template (kind, channel, retired, name);

-- A message the student drafts: one per meeting and kind, or per helper for "tell them" (draft_key says which).
CREATE TABLE meeting_message (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    student_id   BIGINT        NOT NULL,
    meeting_id   BIGINT        NULL,
    connector_id BIGINT        NOT NULL,
    draft_key    VARCHAR(80)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    channel      VARCHAR(20)   NOT NULL,
    template_id  BIGINT        NULL,
    subject      VARCHAR(200)  NULL,
    body         VARCHAR(6000) NULL,
    sent_on      DATE          NULL,
    sent_via     VARCHAR(20)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_message_draft UNIQUE (draft_key),
    CONSTRAINT fk_meeting_message_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_meeting_message_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_message_connector FOREIGN KEY (connector_id) REFERENCES connector (id),
    CONSTRAINT fk_meeting_message_template FOREIGN KEY (template_id) REFERENCES message_template (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_message_meeting ON meeting_message (meeting_id, kind);
CREATE INDEX ix_meeting_message_student ON meeting_message (student_id, kind);
CREATE INDEX ix_meeting_message_connector ON meeting_message (connector_id);
CREATE INDEX ix_meeting_message_template ON meeting_message (template_id);

-- What the connector answered when it was not yes: coded for statistics.
CREATE TABLE meeting_objection (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    meeting_id BIGINT        NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    note       VARCHAR(1000) NULL,
    raised_on  DATE          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_objection_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_objection_meeting ON meeting_objection (meeting_id, raised_on);
CREATE INDEX ix_meeting_objection_kind ON meeting_objection (kind, raised_on);

-- A result the student reports (an offer accepted, a new role, a place in graduate school): closes the loop.
CREATE TABLE student_outcome (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    student_id   BIGINT        NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    organisation VARCHAR(200)  NULL,
    recorded_on  DATE          NOT NULL,
    note         VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_student_outcome_student FOREIGN KEY (student_id) REFERENCES student (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_student_outcome_student ON student_outcome (student_id, recorded_on);
CREATE INDEX ix_student_outcome_kind ON student_outcome (kind, recorded_on);

-- Tasks can be snoozed, name the helper they are about, and carry a key that makes a generated task unique
-- (a scheduler on two instances inserting the same follow-up task: one insert wins, the other is ignored).
ALTER TABLE student_task
    ADD COLUMN snoozed_until DATE        NULL,
    ADD COLUMN connector_id  BIGINT      NULL,
    ADD COLUMN dedupe_key    VARCHAR(100) NULL,
    ADD CONSTRAINT uk_student_task_dedupe UNIQUE (dedupe_key),
    ADD CONSTRAINT fk_student_task_connector FOREIGN KEY (connector_id) REFERENCES connector (id);

CREATE INDEX ix_student_task_connector ON student_task (connector_id);
CREATE INDEX ix_student_task_due ON student_task (done_at, due_on);

-- Mail waiting to go out: a reminder for a due task (one per task and due date) or a message sent from Rapport.
-- Workers claim rows (claimed_by, claimed_until) before sending, so a restart or a second instance never sends a row
-- twice; a failed send goes back to PENDING with a later next_attempt_at and its error kept for staff.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    dedupe_key      VARCHAR(100)  NOT NULL,
    student_id      BIGINT        NOT NULL,
    task_id         BIGINT        NULL,
    message_id      BIGINT        NULL,
    to_address      VARCHAR(254)  NOT NULL,
    reply_to        VARCHAR(254)  NULL,
    subject         VARCHAR(200)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(80)   NULL,
    claimed_until   DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_mail_outbox_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_mail_outbox_task FOREIGN KEY (task_id) REFERENCES student_task (id),
    CONSTRAINT fk_mail_outbox_message FOREIGN KEY (message_id) REFERENCES meeting_message (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
CREATE INDEX ix_mail_outbox_student ON mail_outbox (student_id);
CREATE INDEX ix_mail_outbox_task ON mail_outbox (task_id);
CREATE INDEX ix_mail_outbox_message ON mail_outbox (message_id);
