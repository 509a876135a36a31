-- Connectors: each student's private list and the office directory (owner_student_id NULL), what each connector
-- values, and the requests that count against a directory volunteer's fatigue cap.

CREATE TABLE connector (
    id                  BIGINT        NOT NULL,
    version             BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    owner_student_id    BIGINT        NULL,
    directory_source_id BIGINT        NULL,
    full_name           VARCHAR(160)  NOT NULL,
    name_key            VARCHAR(160)  NOT NULL,
    title               VARCHAR(120)  NULL,
    organisation_id     BIGINT        NULL,
    industry            VARCHAR(40)   NULL,
    level               VARCHAR(20)   NULL,
    email               VARCHAR(254)  NULL,
    phone               VARCHAR(40)   NULL,
    postal_address      VARCHAR(400)  NULL,
    preferred_channel   VARCHAR(20)   NULL,
    time_zone           VARCHAR(64)   NULL,
    city                VARCHAR(100)  NULL,
    country_code        VARCHAR(2)    NULL,
    profile_url         VARCHAR(255)  NULL,
    acquaintance        VARCHAR(20)   NOT NULL,
    referred_by_id      BIGINT        NULL,
    warm_referrals_only BOOLEAN       NOT NULL,
    notes               VARCHAR(4000) NULL,
    consent_given_on    DATE          NULL,
    consent_scope       VARCHAR(200)  NULL,
    cap_requests        INT           NULL,
    cap_days            INT           NULL,
    archived            BOOLEAN       NOT NULL,
    merged_into_id      BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_connector_owner FOREIGN KEY (owner_student_id) REFERENCES student (id),
    CONSTRAINT fk_connector_directory_source FOREIGN KEY (directory_source_id) REFERENCES connector (id),
    CONSTRAINT fk_connector_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_connector_referred_by FOREIGN KEY (referred_by_id) REFERENCES connector (id),
    CONSTRAINT fk_connector_merged_into FOREIGN KEY (merged_into_id) REFERENCES connector (id),
    CONSTRAINT ck_connector_level CHECK (level IN ('PEER', 'MID_CAREER', 'SENIOR')),
    CONSTRAINT ck_connector_channel CHECK (preferred_channel IN ('EMAIL', 'PHONE', 'LETTER', 'IN_PERSON')),
    CONSTRAINT ck_connector_acquaintance CHECK (acquaintance IN ('MET_BEFORE', 'REFERRED', 'COLD')),
    CONSTRAINT ck_connector_cap CHECK ((cap_requests IS NULL AND cap_days IS NULL)
        OR (cap_requests > 0 AND cap_days > 0)),
    CONSTRAINT ck_connector_directory_consent CHECK (owner_student_id IS NOT NULL
        OR (consent_given_on IS NOT NULL AND consent_scope IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A student's list and the directory are both read by owner, live records first, sorted by name.
CREATE INDEX ix_connector_owner_name ON connector (owner_student_id, archived, full_name);
-- Duplicate checks: same e-mail, or same folded name at the same organisation, within one list.
CREATE INDEX ix_connector_owner_email ON connector (owner_student_id, email);
CREATE INDEX ix_connector_owner_name_key ON connector (owner_student_id, name_key, organisation_id);
-- "Who else fits": directory volunteers of an organisation or industry.
CREATE INDEX ix_connector_organisation ON connector (organisation_id, owner_student_id);
CREATE INDEX ix_connector_industry ON connector (industry, owner_student_id);
-- Links followed when a directory record is merged or a connector's references are counted before deletion.
CREATE INDEX ix_connector_directory_source ON connector (directory_source_id);
CREATE INDEX ix_connector_referred_by ON connector (referred_by_id);
CREATE INDEX ix_connector_merged_into ON connector (merged_into_id);

-- One row per marked interest, kept in order by position. Connector.markInterests keeps each interest once; no
-- unique key on (connector_id, interest), because Hibernate rewrites positions in place when one is unticked.
CREATE TABLE connector_interest (
    connector_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    interest     VARCHAR(20)  NOT NULL,
    evidence     VARCHAR(200) NULL,
    PRIMARY KEY (connector_id, position),
    CONSTRAINT fk_connector_interest_connector FOREIGN KEY (connector_id) REFERENCES connector (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_connector_interest CHECK (interest IN ('RECOGNITION', 'REPUTATION', 'CONVENIENCE', 'INSIGHT',
        'UTILITY', 'AFFILIATION', 'STATUS', 'APPRECIATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A student's request to meet a directory volunteer. An open request counts against the volunteer's fatigue cap
-- until counts_until (requested_at plus the cap's window at the time); the meeting lifecycle (a later issue)
-- closes requests, and archiving the private copy withdraws one.
CREATE TABLE directory_request (
    id                     BIGINT      NOT NULL,
    version                BIGINT      NOT NULL,
    created_at             DATETIME(6) NOT NULL,
    updated_at             DATETIME(6) NOT NULL,
    directory_connector_id BIGINT      NOT NULL,
    student_id             BIGINT      NOT NULL,
    private_connector_id   BIGINT      NOT NULL,
    requested_at           DATETIME(6) NOT NULL,
    counts_until           DATETIME(6) NOT NULL,
    state                  VARCHAR(20) NOT NULL,
    closed_at              DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_directory_request_connector FOREIGN KEY (directory_connector_id) REFERENCES connector (id),
    CONSTRAINT fk_directory_request_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_directory_request_private FOREIGN KEY (private_connector_id) REFERENCES connector (id),
    CONSTRAINT ck_directory_request_state CHECK (state IN ('OPEN', 'WITHDRAWN', 'CLOSED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The cap counts open requests per volunteer in a time window.
CREATE INDEX ix_directory_request_cap ON directory_request (directory_connector_id, state, counts_until);
CREATE INDEX ix_directory_request_student ON directory_request (student_id, state);
CREATE INDEX ix_directory_request_private ON directory_request (private_connector_id, state);
