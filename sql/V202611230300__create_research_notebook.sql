-- Students' research notebooks: notes about an organisation, industry or connector, and what each note holds
-- (sources, findings, hypotheses with the history of their outcomes, news to share, salary research).
-- The connector table comes from V202611230100.

CREATE TABLE research_note (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    student_id      BIGINT        NOT NULL,
    title           VARCHAR(160)  NOT NULL,
    body            TEXT          NULL,
    organisation_id BIGINT        NULL,
    industry        VARCHAR(40)   NULL,
    connector_id    BIGINT        NULL,
    -- Normalised tags joined by single spaces (research.Tags): searched only within one student's notes.
    tags            VARCHAR(310)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_note_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_research_note_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_research_note_connector FOREIGN KEY (connector_id) REFERENCES connector (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A notebook list is one student's notes, newest first or sorted by title or industry; the quick search scans only
-- that student's rows (the student_id prefix), joined to organisation and connector by their keys.
CREATE INDEX ix_research_note_student_updated ON research_note (student_id, updated_at);
CREATE INDEX ix_research_note_student_title ON research_note (student_id, title);
CREATE INDEX ix_research_note_student_industry ON research_note (student_id, industry);
CREATE INDEX ix_research_note_organisation ON research_note (organisation_id);
CREATE INDEX ix_research_note_connector ON research_note (connector_id);

CREATE TABLE research_note_source (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    note_id      BIGINT       NOT NULL,
    url          VARCHAR(500) NULL,
    publication  VARCHAR(160) NULL,
    published_on DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_note_source_note FOREIGN KEY (note_id) REFERENCES research_note (id),
    CONSTRAINT ck_research_note_source_cited CHECK (url IS NOT NULL
        OR (publication IS NOT NULL AND published_on IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_note_source_note ON research_note_source (note_id, created_at);

CREATE TABLE research_finding (
    id         BIGINT        NOT NULL,
    version    BIGINT        NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    note_id    BIGINT        NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_finding_note FOREIGN KEY (note_id) REFERENCES research_note (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_finding_note ON research_finding (note_id, created_at);

CREATE TABLE research_hypothesis (
    id         BIGINT       NOT NULL,
    version    BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    note_id    BIGINT       NOT NULL,
    statement  VARCHAR(500) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_hypothesis_note FOREIGN KEY (note_id) REFERENCES research_note (id),
    CONSTRAINT ck_research_hypothesis_status CHECK (status IN ('OPEN', 'CONFIRMED', 'REFUTED', 'REFINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_hypothesis_note ON research_hypothesis (note_id, created_at);

-- Every status change of a hypothesis, never updated. meeting_id links the meeting the evidence was heard in once
-- meetings exist (a later issue adds its foreign key).
CREATE TABLE research_hypothesis_change (
    id                      BIGINT        NOT NULL,
    version                 BIGINT        NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    hypothesis_id           BIGINT        NOT NULL,
    from_status             VARCHAR(20)   NOT NULL,
    to_status               VARCHAR(20)   NOT NULL,
    evidence                VARCHAR(2000) NOT NULL,
    heard_from_connector_id BIGINT        NULL,
    heard_on                DATE          NOT NULL,
    previous_statement      VARCHAR(500)  NULL,
    meeting_id              BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_hypothesis_change_hypothesis FOREIGN KEY (hypothesis_id)
        REFERENCES research_hypothesis (id),
    CONSTRAINT fk_research_hypothesis_change_connector FOREIGN KEY (heard_from_connector_id)
        REFERENCES connector (id),
    CONSTRAINT ck_research_hypothesis_change_from CHECK (from_status IN ('OPEN', 'CONFIRMED', 'REFUTED', 'REFINED')),
    CONSTRAINT ck_research_hypothesis_change_to CHECK (to_status IN ('OPEN', 'CONFIRMED', 'REFUTED', 'REFINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_hypothesis_change_hypothesis ON research_hypothesis_change (hypothesis_id, created_at);
CREATE INDEX ix_research_hypothesis_change_connector ON research_hypothesis_change (heard_from_connector_id);
CREATE INDEX ix_research_hypothesis_change_meeting ON research_hypothesis_change (meeting_id);

CREATE TABLE research_news_item (
    id           BIGINT        NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    note_id      BIGINT        NOT NULL,
    text         VARCHAR(1000) NOT NULL,
    url          VARCHAR(500)  NULL,
    for_meeting  BOOLEAN       NOT NULL,
    connector_id BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_news_item_note FOREIGN KEY (note_id) REFERENCES research_note (id),
    CONSTRAINT fk_research_news_item_connector FOREIGN KEY (connector_id) REFERENCES connector (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_news_item_note ON research_news_item (note_id, created_at);
-- Preparing a meeting: the news flagged for that connector.
CREATE INDEX ix_research_news_item_connector ON research_news_item (connector_id, for_meeting);

CREATE TABLE research_salary_finding (
    id          BIGINT        NOT NULL,
    version     BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    note_id     BIGINT        NOT NULL,
    role        VARCHAR(160)  NOT NULL,
    min_amount  DECIMAL(12,2) NOT NULL,
    max_amount  DECIMAL(12,2) NOT NULL,
    currency    VARCHAR(3)    NOT NULL,
    pay_period  VARCHAR(10)   NOT NULL,
    source      VARCHAR(255)  NOT NULL,
    observed_on DATE          NOT NULL,
    place       VARCHAR(120)  NULL,
    conditions  VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_research_salary_finding_note FOREIGN KEY (note_id) REFERENCES research_note (id),
    CONSTRAINT ck_research_salary_finding_range CHECK (min_amount >= 0 AND min_amount <= max_amount),
    CONSTRAINT ck_research_salary_finding_period CHECK (pay_period IN ('YEAR', 'HOUR'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_research_salary_finding_note ON research_salary_finding (note_id, created_at);
