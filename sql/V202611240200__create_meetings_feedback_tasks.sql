-- Meetings (one student, one of their connectors), the ranked question list taken to each, advisors' comments on it,
-- what meeting mode captures (names suggested, competitive feedback with its gaps and next steps) and the student's
-- task list. The meeting lifecycle of the next issue extends meeting.state; referral chains pick up
-- meeting_suggested_name.

CREATE TABLE meeting (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    student_id      BIGINT        NOT NULL,
    connector_id    BIGINT        NOT NULL,
    organisation_id BIGINT        NULL,
    purpose         VARCHAR(500)  NOT NULL,
    planned_minutes INT           NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    held_on         DATE          NULL,
    actual_minutes  INT           NULL,
    -- Bumped by every change to the question list (add, remove, reorder), apart from the meeting's own version,
    -- so that editing the purpose and ranking questions in two tabs do not refuse each other.
    list_revision   BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_meeting_connector FOREIGN KEY (connector_id) REFERENCES connector (id),
    CONSTRAINT fk_meeting_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_meeting_planned_minutes CHECK (planned_minutes BETWEEN 5 AND 120),
    CONSTRAINT ck_meeting_actual_minutes CHECK (actual_minutes IS NULL OR actual_minutes BETWEEN 1 AND 600),
    CONSTRAINT ck_meeting_held CHECK (state <> 'HELD' OR (held_on IS NOT NULL AND actual_minutes IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A student's meetings are listed by state and date; the connector and organisation pages ask what uses them.
CREATE INDEX ix_meeting_student_state ON meeting (student_id, state, updated_at);
CREATE INDEX ix_meeting_student_updated ON meeting (student_id, updated_at);
CREATE INDEX ix_meeting_connector ON meeting (connector_id);
CREATE INDEX ix_meeting_organisation ON meeting (organisation_id);

CREATE TABLE meeting_question (
    id               BIGINT        NOT NULL,
    version          BIGINT        NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    meeting_id       BIGINT        NOT NULL,
    position         INT           NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    source           VARCHAR(20)   NOT NULL,
    text             VARCHAR(1000) NOT NULL,
    category         VARCHAR(40)   NULL,
    minutes          INT           NOT NULL,
    must_ask         BOOLEAN       NOT NULL,
    -- Level fit copied from the bank when the question came from it; NULL for the student's own wording.
    fit_peer         BOOLEAN       NULL,
    fit_mid_career   BOOLEAN       NULL,
    fit_senior       BOOLEAN       NULL,
    bank_question_id BIGINT        NULL,
    hypothesis_id    BIGINT        NULL,
    news_item_id     BIGINT        NULL,
    outcome          VARCHAR(20)   NOT NULL,
    note             VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_question_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_question_bank FOREIGN KEY (bank_question_id) REFERENCES bank_question (id),
    CONSTRAINT fk_meeting_question_hypothesis FOREIGN KEY (hypothesis_id) REFERENCES research_hypothesis (id),
    CONSTRAINT fk_meeting_question_news FOREIGN KEY (news_item_id) REFERENCES research_news_item (id),
    CONSTRAINT ck_meeting_question_minutes CHECK (minutes BETWEEN 0 AND 30)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_question_meeting ON meeting_question (meeting_id, position);
CREATE INDEX ix_meeting_question_bank ON meeting_question (bank_question_id);
CREATE INDEX ix_meeting_question_hypothesis ON meeting_question (hypothesis_id);
CREATE INDEX ix_meeting_question_news ON meeting_question (news_item_id);

CREATE TABLE meeting_comment (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    meeting_id        BIGINT        NOT NULL,
    author_account_id BIGINT        NOT NULL,
    author_name       VARCHAR(200)  NOT NULL,
    text              VARCHAR(2000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_comment_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_comment_author FOREIGN KEY (author_account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_comment_meeting ON meeting_comment (meeting_id, created_at);
CREATE INDEX ix_meeting_comment_author ON meeting_comment (author_account_id);

-- Names the connector suggested, kept as plain names; referral chains (a later issue) turn them into referrals.
CREATE TABLE meeting_suggested_name (
    id                BIGINT        NOT NULL,
    version           BIGINT        NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    meeting_id        BIGINT        NOT NULL,
    name              VARCHAR(160)  NOT NULL,
    organisation_name VARCHAR(160)  NULL,
    note              VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_suggested_name_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_suggested_name_meeting ON meeting_suggested_name (meeting_id, created_at);

-- Structured competitive feedback, one per meeting, kept as codes so cohort statistics can count them.
CREATE TABLE meeting_feedback (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    meeting_id      BIGINT        NOT NULL,
    roles_in_view   VARCHAR(200)  NULL,
    competitiveness VARCHAR(20)   NOT NULL,
    hiring_stance   VARCHAR(20)   NOT NULL,
    gaps_text       VARCHAR(2000) NULL,
    remarks         VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_meeting_feedback_meeting UNIQUE (meeting_id),
    CONSTRAINT fk_meeting_feedback_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT ck_meeting_feedback_competitiveness CHECK (competitiveness IN ('YES', 'YES_WITH_GAPS', 'NOT_YET',
        'NOT_DISCUSSED')),
    CONSTRAINT ck_meeting_feedback_hiring CHECK (hiring_stance IN ('YES', 'MAYBE', 'NO', 'NOT_ASKED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_feedback_competitiveness ON meeting_feedback (competitiveness);

-- Skill and experience gaps named in the feedback, one normalised tag per row (counted by cohort statistics).
CREATE TABLE meeting_feedback_gap (
    feedback_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    tag         VARCHAR(30) NOT NULL,
    PRIMARY KEY (feedback_id, position),
    CONSTRAINT fk_meeting_feedback_gap_feedback FOREIGN KEY (feedback_id) REFERENCES meeting_feedback (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_feedback_gap_tag ON meeting_feedback_gap (tag);

-- The student's task list: due, overdue, done. Tasks may point at the meeting they came from.
CREATE TABLE student_task (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    student_id BIGINT        NOT NULL,
    meeting_id BIGINT        NULL,
    kind       VARCHAR(30)   NOT NULL,
    title      VARCHAR(500)  NOT NULL,
    due_on     DATE          NULL,
    done_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_student_task_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_student_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The dashboard reads a student's open tasks by due date.
CREATE INDEX ix_student_task_student_open ON student_task (student_id, done_at, due_on);
CREATE INDEX ix_student_task_meeting ON student_task (meeting_id);

-- Recommended next steps from the feedback; each may become a task on the student's dashboard.
CREATE TABLE meeting_next_step (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    feedback_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    text        VARCHAR(500) NOT NULL,
    task_id     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_next_step_feedback FOREIGN KEY (feedback_id) REFERENCES meeting_feedback (id),
    CONSTRAINT fk_meeting_next_step_task FOREIGN KEY (task_id) REFERENCES student_task (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meeting_next_step_feedback ON meeting_next_step (feedback_id, position);
CREATE INDEX ix_meeting_next_step_task ON meeting_next_step (task_id);

-- The evidence a meeting gave a hypothesis now points at that meeting (the column came with the notebook).
ALTER TABLE research_hypothesis_change
    ADD CONSTRAINT fk_research_hypothesis_change_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id);
