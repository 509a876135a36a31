package org.rapport.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * When a student expects to graduate, such as Spring 2027: the cohort that statistics group students by.
 */
@Embeddable
public class GraduationTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Years a graduation term may fall in; anything else is a typing error in a roster. */
    public static final int FIRST_YEAR = 1950;
    public static final int LAST_YEAR = 2100;

    private static final Pattern SEASON_YEAR = Pattern.compile("([A-Za-z]+)[\\s\\-/]*(\\d{4})");
    private static final Pattern YEAR_SEASON = Pattern.compile("(\\d{4})[\\s\\-/]*([A-Za-z]+)");

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "graduation_season", length = 10)
    private Season season;

    @Column(name = "graduation_year")
    private Short year;

    protected GraduationTerm() {
        // for JPA
    }

    public GraduationTerm(Season season, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("graduation year " + year + " is out of range");
        }
        this.season = Objects.requireNonNull(season, "season");
        this.year = (short) year;
    }

    /** Reads "Spring 2027", "2027 Fall", "fall-2026" and similar; empty when the text is not a term. */
    public static Optional<GraduationTerm> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        Matcher seasonFirst = SEASON_YEAR.matcher(trimmed);
        Matcher yearFirst = YEAR_SEASON.matcher(trimmed);
        String seasonText;
        String yearText;
        if (seasonFirst.matches()) {
            seasonText = seasonFirst.group(1);
            yearText = seasonFirst.group(2);
        } else if (yearFirst.matches()) {
            seasonText = yearFirst.group(2);
            yearText = yearFirst.group(1);
        } else {
            return Optional.empty();
        }
        String upper = seasonText.toUpperCase(Locale.ROOT);
        Season season = "AUTUMN".equals(upper) ? Season.FALL : null;
        for (Season candidate : Season.values()) {
            if (candidate.name().equals(upper)) {
                season = candidate;
            }
        }
        int year = Integer.parseInt(yearText);
        if (season == null || year < FIRST_YEAR || year > LAST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new GraduationTerm(season, year));
    }

    public Season getSeason() {
        return season;
    }

    public int getYear() {
        return year;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GraduationTerm that && season == that.season && Objects.equals(year, that.year);
    }

    @Override
    public int hashCode() {
        return Objects.hash(season, year);
    }

    @Override
    public String toString() {
        return season + " " + year;
    }
}
