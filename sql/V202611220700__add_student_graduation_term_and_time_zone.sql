-- The student's cohort (expected graduation term) and time zone, for roster imports and cohort statistics.

ALTER TABLE student
    ADD COLUMN graduation_season VARCHAR(10) NULL,
    ADD COLUMN graduation_year SMALLINT NULL,
    ADD COLUMN time_zone VARCHAR(64) NULL,
    ADD CONSTRAINT ck_student_graduation_season CHECK (graduation_season IN ('SPRING', 'SUMMER', 'FALL', 'WINTER')),
    ADD CONSTRAINT ck_student_graduation_term CHECK ((graduation_season IS NULL) = (graduation_year IS NULL));

-- Cohort statistics group and filter by graduation term.
CREATE INDEX ix_student_graduation ON student (graduation_year, graduation_season);
