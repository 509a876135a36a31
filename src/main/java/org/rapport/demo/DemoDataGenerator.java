package org.rapport.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;
import org.rapport.people.Advisor;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;

/**
 * Builds demo records from {@link DemoCatalog}. Record {@code n} is the same for a given seed however many
 * are made, so a benchmark database can be rebuilt exactly; unique fields (student numbers, e-mail addresses,
 * organisation names) derive from the index and never collide.
 */
public final class DemoDataGenerator {

    private static final Industry[] INDUSTRIES = Industry.values();
    private static final SizeBand[] SIZE_BANDS = SizeBand.values();
    /** Rough shape of an undergraduate body plus some graduate students. */
    private static final ClassYear[] CLASS_YEAR_WEIGHTS = {
        ClassYear.FIRST_YEAR, ClassYear.FIRST_YEAR, ClassYear.SECOND_YEAR, ClassYear.SECOND_YEAR,
        ClassYear.THIRD_YEAR, ClassYear.THIRD_YEAR, ClassYear.THIRD_YEAR, ClassYear.FINAL_YEAR,
        ClassYear.FINAL_YEAR, ClassYear.FINAL_YEAR, ClassYear.GRADUATE
    };

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    private SplittableRandom random(String kind, int index) {
        return new SplittableRandom(seed * 31 + kind.hashCode() * 1_000_003L + index);
    }

    public Student student(int index) {
        SplittableRandom random = random("student", index);
        String given = pick(random, DemoCatalog.GIVEN_NAMES);
        String family = pick(random, DemoCatalog.FAMILY_NAMES);
        String college = pick(random, DemoCatalog.COLLEGES);
        String major = pick(random, DemoCatalog.MAJORS_BY_COLLEGE.get(college));
        ClassYear classYear = CLASS_YEAR_WEIGHTS[random.nextInt(CLASS_YEAR_WEIGHTS.length)];
        String number = String.format("NU%08d", index + 1);
        String email = mailbox(given, family) + "." + (index + 1) + "@" + DemoCatalog.STUDENT_MAIL_DOMAIN;
        return new Student(number, given, family, email, college, major, classYear);
    }

    public Advisor advisor(int index) {
        SplittableRandom random = random("advisor", index);
        String given = pick(random, DemoCatalog.GIVEN_NAMES);
        String family = pick(random, DemoCatalog.FAMILY_NAMES);
        String title = pick(random, DemoCatalog.ADVISOR_TITLES);
        // Every fourth advisor serves the whole university; the others one college each, in turn.
        String college = index % 4 == 3 ? null : DemoCatalog.COLLEGES.get(index % DemoCatalog.COLLEGES.size());
        String email = mailbox(given, family) + "." + (index + 1) + "@" + DemoCatalog.STAFF_MAIL_DOMAIN;
        return new Advisor(given, family, email, title, college);
    }

    /** The student the local sign-in page's demo student is linked to. */
    public Student demoStudent() {
        return new Student("NU90000001", "Priya", "Lindqvist", DemoCatalog.DEMO_STUDENT_EMAIL, "School of Business",
                "Supply Chain Management", ClassYear.THIRD_YEAR);
    }

    /** The advisor the local sign-in page's demo advisor is linked to. */
    public Advisor demoAdvisor() {
        return new Advisor("Marcus", "Holloway", DemoCatalog.DEMO_ADVISOR_EMAIL, "Senior Career Advisor", null);
    }

    public Organisation organisation(int index) {
        SplittableRandom random = random("organisation", index);
        Industry industry = INDUSTRIES[index % INDUSTRIES.length];
        List<String> kinds = DemoCatalog.ORGANISATION_KINDS.get(industry);
        int perIndustry = index / INDUSTRIES.length;
        int combinations = DemoCatalog.ORGANISATION_STEMS.size() * kinds.size();
        int combination = perIndustry % combinations;
        String stem = DemoCatalog.ORGANISATION_STEMS.get(combination % DemoCatalog.ORGANISATION_STEMS.size());
        String kind = kinds.get(combination / DemoCatalog.ORGANISATION_STEMS.size());
        int round = perIndustry / combinations;
        String name = stem + " " + kind + (round == 0 ? "" : " " + romanNumeral(round + 1));
        String[] city = pick(random, DemoCatalog.CITIES);
        return new Organisation(name, industry, SIZE_BANDS[random.nextInt(SIZE_BANDS.length)])
                .locate("https://www." + slug(name) + ".example", city[0], city[1]);
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String mailbox(String given, String family) {
        return slug(given) + "." + slug(family);
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String romanNumeral(int number) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                out.append(symbols[i]);
                rest -= values[i];
            }
        }
        return out.toString();
    }
}
