package org.rapport.roster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of a roster file, with the header spellings registrars' exports commonly use. */
public enum RosterColumn {
    STUDENT_NUMBER(true, "student_number", "student number", "student id", "student_id", "number", "id"),
    GIVEN_NAME(true, "given_name", "given name", "first_name", "first name", "firstname"),
    FAMILY_NAME(true, "family_name", "family name", "last_name", "last name", "lastname", "surname"),
    /** A single name column ("Family, Given" or "Given Family"), used when the two name columns are absent. */
    FULL_NAME(false, "name", "full name", "full_name", "student name"),
    EMAIL(true, "email", "e-mail", "email address", "e-mail address"),
    COLLEGE(true, "college", "school", "faculty"),
    MAJOR(true, "major", "program", "programme", "program/major"),
    CLASS_YEAR(true, "class_year", "class year", "year", "level"),
    GRADUATION_TERM(false, "graduation_term", "graduation term", "expected graduation", "cohort");

    private final boolean required;
    private final List<String> headers;

    RosterColumn(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    public boolean isRequired() {
        return required;
    }

    /** The name used in this document's templates and messages. */
    public String header() {
        return headers.get(0);
    }

    static Optional<RosterColumn> forHeader(String header) {
        String normal = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
        return Arrays.stream(values()).filter(column -> column.headers.contains(normal)).findFirst();
    }
}
