-- Organisations get notes, the account that added them (students may edit only those), further locations and
-- symmetric competitor links. Students draw private org charts of an organisation: units, roles and people with
-- "reports to" links, each with where the student learned it and how sure they are.

ALTER TABLE organisation
    ADD COLUMN notes TEXT NULL,
    ADD COLUMN created_by_account_id BIGINT NULL,
    ADD CONSTRAINT fk_organisation_created_by FOREIGN KEY (created_by_account_id) REFERENCES user_account (id);

CREATE INDEX ix_organisation_created_by ON organisation (created_by_account_id);

-- Locations beyond the head office (organisation.city / country_code), in the order the person listed them.
CREATE TABLE organisation_location (
    organisation_id BIGINT       NOT NULL,
    sort_order      INT          NOT NULL,
    city            VARCHAR(100) NOT NULL,
    country_code    VARCHAR(2)   NOT NULL,
    PRIMARY KEY (organisation_id, sort_order),
    CONSTRAINT fk_organisation_location_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_location_place ON organisation_location (country_code, city);

-- Competitors are symmetric: the application writes both directions, so each side reads its list with one join.
CREATE TABLE organisation_competitor (
    organisation_id BIGINT NOT NULL,
    competitor_id   BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, competitor_id),
    CONSTRAINT fk_organisation_competitor_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_organisation_competitor_competitor FOREIGN KEY (competitor_id) REFERENCES organisation (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_organisation_competitor_not_self CHECK (organisation_id <> competitor_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_competitor_competitor ON organisation_competitor (competitor_id);

-- One chart per student and organisation; private unless the student shares it with their caseload advisors.
CREATE TABLE org_chart (
    id                  BIGINT      NOT NULL,
    version             BIGINT      NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    student_id          BIGINT      NOT NULL,
    organisation_id     BIGINT      NOT NULL,
    shared_with_advisor BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT uk_org_chart_student_organisation UNIQUE (student_id, organisation_id),
    CONSTRAINT fk_org_chart_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_org_chart_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An advisor's organisation page lists the shared charts of that organisation.
CREATE INDEX ix_org_chart_organisation ON org_chart (organisation_id, shared_with_advisor);

-- The application refuses reporting cycles (a node under itself or its own reports); the CHECK catches the
-- simplest one even for a hand-written UPDATE.
CREATE TABLE org_chart_node (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    chart_id     BIGINT       NOT NULL,
    manager_id   BIGINT       NULL,
    kind         VARCHAR(10)  NOT NULL,
    name         VARCHAR(160) NOT NULL,
    title        VARCHAR(160) NULL,
    connector_id BIGINT       NULL,
    source       VARCHAR(255) NOT NULL,
    confidence   VARCHAR(12)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_chart_node_chart FOREIGN KEY (chart_id) REFERENCES org_chart (id),
    CONSTRAINT fk_org_chart_node_manager FOREIGN KEY (manager_id) REFERENCES org_chart_node (id),
    -- A connector the student deletes leaves the person on the chart, unlinked.
    CONSTRAINT fk_org_chart_node_connector FOREIGN KEY (connector_id) REFERENCES connector (id) ON DELETE SET NULL,
    CONSTRAINT ck_org_chart_node_kind CHECK (kind IN ('UNIT', 'ROLE', 'PERSON')),
    CONSTRAINT ck_org_chart_node_confidence CHECK (confidence IN ('CONFIRMED', 'LIKELY', 'UNCERTAIN')),
    CONSTRAINT ck_org_chart_node_not_own_manager CHECK (manager_id IS NULL OR manager_id <> id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The chart loads all its nodes in one query by chart_id.
CREATE INDEX ix_org_chart_node_chart ON org_chart_node (chart_id);
CREATE INDEX ix_org_chart_node_manager ON org_chart_node (manager_id);
CREATE INDEX ix_org_chart_node_connector ON org_chart_node (connector_id);
