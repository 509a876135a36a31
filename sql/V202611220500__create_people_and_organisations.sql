-- Rapport's first schema: the shared id sequence, students, advisors and organisations.
-- Hibernate takes ids in blocks of 50 (BaseEntity.ID_BLOCK), so the sequence steps by 50.

CREATE SEQUENCE rapport_id_seq START WITH 1 INCREMENT BY 50 MINVALUE 1 NOCYCLE ENGINE=InnoDB;

CREATE TABLE student (
    id             BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    student_number VARCHAR(20)  NOT NULL,
    given_name     VARCHAR(80)  NOT NULL,
    family_name    VARCHAR(80)  NOT NULL,
    email          VARCHAR(254) NOT NULL,
    college        VARCHAR(120) NOT NULL,
    major          VARCHAR(120) NOT NULL,
    class_year     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_student_number UNIQUE (student_number),
    CONSTRAINT ck_student_class_year CHECK (class_year IN
        ('FIRST_YEAR', 'SECOND_YEAR', 'THIRD_YEAR', 'FINAL_YEAR', 'GRADUATE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Lists of students are sorted by name and filtered by cohort.
CREATE INDEX ix_student_name ON student (family_name, given_name);
CREATE INDEX ix_student_email ON student (email);
CREATE INDEX ix_student_cohort ON student (college, major, class_year);
CREATE INDEX ix_student_class_year ON student (class_year);

CREATE TABLE advisor (
    id          BIGINT       NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    given_name  VARCHAR(80)  NOT NULL,
    family_name VARCHAR(80)  NOT NULL,
    email       VARCHAR(254) NOT NULL,
    title       VARCHAR(120) NOT NULL,
    college     VARCHAR(120) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_advisor_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_advisor_name ON advisor (family_name, given_name);
CREATE INDEX ix_advisor_college ON advisor (college);

CREATE TABLE organisation (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    name         VARCHAR(160) NOT NULL,
    industry     VARCHAR(40)  NOT NULL,
    size_band    VARCHAR(20)  NOT NULL,
    website      VARCHAR(255) NULL,
    city         VARCHAR(100) NULL,
    country_code VARCHAR(2)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name UNIQUE (name),
    CONSTRAINT ck_organisation_size_band CHECK (size_band IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_organisation_industry ON organisation (industry, name);
CREATE INDEX ix_organisation_country ON organisation (country_code);
