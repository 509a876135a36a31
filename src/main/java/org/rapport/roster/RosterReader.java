package org.rapport.roster;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.people.ClassYear;
import org.rapport.people.GraduationTerm;
import org.rapport.people.Student;

/**
 * Reads and checks a roster CSV (comma-separated, first line the headers, UTF-8) without touching the database:
 * every line is checked and every problem reported, so the administrator fixes the file in one pass.
 */
public final class RosterReader {

    /** Larger rosters are split by the registrar's export anyway; this keeps one upload within memory. */
    public static final int MAX_ROWS = 100_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, ClassYear> CLASS_YEARS = new HashMap<>();

    static {
        for (ClassYear year : ClassYear.values()) {
            CLASS_YEARS.put(year.name().toLowerCase(Locale.ROOT), year);
            CLASS_YEARS.put(year.name().toLowerCase(Locale.ROOT).replace('_', ' '), year);
        }
        CLASS_YEARS.putAll(Map.of("1", ClassYear.FIRST_YEAR, "freshman", ClassYear.FIRST_YEAR,
                "first-year", ClassYear.FIRST_YEAR, "2", ClassYear.SECOND_YEAR, "sophomore", ClassYear.SECOND_YEAR,
                "3", ClassYear.THIRD_YEAR, "junior", ClassYear.THIRD_YEAR, "4", ClassYear.FINAL_YEAR,
                "senior", ClassYear.FINAL_YEAR, "graduate student", ClassYear.GRADUATE));
        CLASS_YEARS.put("grad", ClassYear.GRADUATE);
    }

    public RosterCheck read(Reader input) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
                .get();
        List<RosterRow> rows = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(input, format)) {
            Map<RosterColumn, Integer> positions = null;
            Map<String, Long> lineByNumber = new HashMap<>();
            Map<String, Long> lineByEmail = new HashMap<>();
            for (CSVRecord record : parser) {
                if (positions == null) {
                    positions = headers(record, problems);
                    if (positions == null) {
                        break;
                    }
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new RosterProblem(record.getRecordNumber(), "", "roster.problem.tooManyRows",
                            String.valueOf(MAX_ROWS)));
                    break;
                }
                readRow(record, positions, lineByNumber, lineByEmail, problems).ifPresent(rows::add);
            }
            if (positions != null && rows.isEmpty() && problems.isEmpty()) {
                problems.add(new RosterProblem(1, "", "roster.problem.noRows", ""));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(new RosterProblem(0, "", "roster.problem.unreadable", String.valueOf(e.getMessage())));
        }
        return new RosterCheck(rows, problems, 0, 0);
    }

    private static Map<RosterColumn, Integer> headers(CSVRecord header, List<RosterProblem> problems) {
        Map<RosterColumn, Integer> positions = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int position = i;
            RosterColumn.forHeader(header.get(i)).ifPresent(column -> positions.putIfAbsent(column, position));
        }
        boolean splitNames = positions.containsKey(RosterColumn.FULL_NAME)
                && !positions.containsKey(RosterColumn.GIVEN_NAME) && !positions.containsKey(RosterColumn.FAMILY_NAME);
        for (RosterColumn column : RosterColumn.values()) {
            boolean nameFromFullName = splitNames
                    && (column == RosterColumn.GIVEN_NAME || column == RosterColumn.FAMILY_NAME);
            if (column.isRequired() && !positions.containsKey(column) && !nameFromFullName) {
                problems.add(new RosterProblem(1, column.header(), "roster.problem.missingColumn", ""));
            }
        }
        return problems.isEmpty() ? positions : null;
    }

    private static Optional<RosterRow> readRow(CSVRecord record, Map<RosterColumn, Integer> positions,
                                               Map<String, Long> lineByNumber, Map<String, Long> lineByEmail,
                                               List<RosterProblem> problems) {
        long line = record.getRecordNumber();
        int before = problems.size();
        String number = text(record, positions, RosterColumn.STUDENT_NUMBER, Student.STUDENT_NUMBER_LENGTH, problems);
        String given;
        String family;
        if (positions.containsKey(RosterColumn.GIVEN_NAME)) {
            given = text(record, positions, RosterColumn.GIVEN_NAME, Student.NAME_LENGTH, problems);
            family = text(record, positions, RosterColumn.FAMILY_NAME, Student.NAME_LENGTH, problems);
        } else {
            String[] parts = splitFullName(value(record, positions, RosterColumn.FULL_NAME));
            given = parts == null ? null : parts[0];
            family = parts == null ? null : parts[1];
            if (parts == null) {
                problems.add(new RosterProblem(line, RosterColumn.FULL_NAME.header(), "roster.problem.fullName",
                        value(record, positions, RosterColumn.FULL_NAME)));
            }
        }
        String email = text(record, positions, RosterColumn.EMAIL, Student.EMAIL_LENGTH, problems);
        String college = text(record, positions, RosterColumn.COLLEGE, Student.COLLEGE_LENGTH, problems);
        String major = text(record, positions, RosterColumn.MAJOR, Student.MAJOR_LENGTH, problems);
        String yearText = value(record, positions, RosterColumn.CLASS_YEAR);
        String termText = value(record, positions, RosterColumn.GRADUATION_TERM);

        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new RosterProblem(line, RosterColumn.EMAIL.header(), "roster.problem.email", email));
        }
        ClassYear classYear = yearText.isEmpty() ? null : CLASS_YEARS.get(yearText.toLowerCase(Locale.ROOT));
        if (classYear == null) {
            problems.add(new RosterProblem(line, RosterColumn.CLASS_YEAR.header(),
                    yearText.isEmpty() ? "roster.problem.required" : "roster.problem.classYear", yearText));
        }
        GraduationTerm term = null;
        if (!termText.isEmpty()) {
            term = GraduationTerm.parse(termText).orElse(null);
            if (term == null) {
                problems.add(new RosterProblem(line, RosterColumn.GRADUATION_TERM.header(),
                        "roster.problem.graduationTerm", termText));
            }
        }
        if (number != null) {
            Long earlier = lineByNumber.putIfAbsent(number.toUpperCase(Locale.ROOT), line);
            if (earlier != null) {
                problems.add(new RosterProblem(line, RosterColumn.STUDENT_NUMBER.header(),
                        "roster.problem.duplicateNumber", number + " (line " + earlier + ")"));
            }
        }
        if (email != null) {
            Long earlier = lineByEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), line);
            if (earlier != null) {
                problems.add(new RosterProblem(line, RosterColumn.EMAIL.header(), "roster.problem.duplicateEmail",
                        email + " (line " + earlier + ")"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RosterRow(line, number, given, family, email, college, major, classYear, term));
    }

    /** "Eze, Amara" or "Amara Eze" into {given, family}; {@code null} when it is not two parts or too long. */
    static String[] splitFullName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        String[] parts;
        int comma = name.indexOf(',');
        if (comma > 0) {
            parts = new String[] {name.substring(comma + 1).strip(), name.substring(0, comma).strip()};
        } else {
            int space = name.lastIndexOf(' ');
            parts = space <= 0 ? null : new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
        }
        if (parts == null || parts[0].isEmpty() || parts[1].isEmpty()
                || parts[0].length() > Student.NAME_LENGTH || parts[1].length() > Student.NAME_LENGTH) {
            return null;
        }
        return parts;
    }

    private static String value(CSVRecord record, Map<RosterColumn, Integer> positions, RosterColumn column) {
        Integer position = positions.get(column);
        return position == null || position >= record.size() ? "" : record.get(position).strip();
    }

    private static String text(CSVRecord record, Map<RosterColumn, Integer> positions, RosterColumn column,
                               int maxLength, List<RosterProblem> problems) {
        String value = value(record, positions, column);
        if (value.isEmpty()) {
            problems.add(new RosterProblem(record.getRecordNumber(), column.header(), "roster.problem.required", ""));
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(new RosterProblem(record.getRecordNumber(), column.header(), "roster.problem.tooLong",
                    value.substring(0, Math.min(value.length(), 40)) + "…"));
            return null;
        }
        return value;
    }
}
