package org.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rapport.connectors.Acquaintance;
import org.rapport.connectors.Connector;
import org.rapport.connectors.ConnectorContact;
import org.rapport.connectors.ConnectorInterest;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.connectors.ContactChannel;
import org.rapport.connectors.MarkedInterest;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;

/**
 * Fictional connectors for the demo: office-directory volunteers (with consent, a few with their own cap, and one
 * deliberate duplicate pair for the merge page) and students' private lists. Deterministic for a seed; every
 * address is on an {@code .example} domain and every phone number in the 555-01xx range reserved for fiction.
 */
final class DemoConnectors {

    private static final List<String> TITLES_PEER = List.of("Analyst", "Associate", "Graduate Engineer",
            "Junior Consultant", "Marketing Coordinator", "Research Assistant", "Operations Associate");
    private static final List<String> TITLES_MID = List.of("Senior Analyst", "Product Manager", "Engagement Manager",
            "Team Lead", "Senior Engineer", "Brand Manager", "Programme Manager", "Supply Planning Manager");
    private static final List<String> TITLES_SENIOR = List.of("Director of Operations", "Vice President, Strategy",
            "Chief Financial Officer", "Managing Partner", "Head of Talent", "General Counsel", "Chief Executive");
    /** The zone a connector in each of the demo cities' countries works in. */
    private static final java.util.Map<String, String> ZONES = java.util.Map.of("US", "America/Chicago",
            "GB", "Europe/London", "CA", "America/Toronto", "AU", "Australia/Sydney", "FR", "Europe/Paris",
            "IE", "Europe/Dublin", "NZ", "Pacific/Auckland", "ZA", "Africa/Johannesburg");
    private static final List<String> SCOPES = List.of("All Northfield students",
            "Students of the School of Business", "Students of the College of Engineering",
            "Final-year students and graduates", "Students referred by a career advisor");
    private static final List<String[]> EVIDENCE = List.of(
            new String[] {"RECOGNITION", "Spoke at the alumni panel about the warehouse automation project"},
            new String[] {"REPUTATION", "Known in the office for mentoring newcomers"},
            new String[] {"CONVENIENCE", "Calendar is full weeks ahead; travels most Mondays"},
            new String[] {"INSIGHT", "Writes a monthly newsletter on industry trends"},
            new String[] {"UTILITY", "Team is hiring interns next summer"},
            new String[] {"AFFILIATION", "Northfield alum, rowed for the university"},
            new String[] {"STATUS", "Partner; prefers formal introductions"},
            new String[] {"APPRECIATION", "Thanked the last student publicly on LinkedIn"});

    private final long seed;

    DemoConnectors(long seed) {
        this.seed = seed;
    }

    /** {@code count} directory volunteers at the given organisations; the last two are the same person. */
    List<Connector> directory(int count, List<Organisation> organisations) {
        List<Connector> volunteers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(seed * 17 + i);
            Organisation organisation = organisations.get(i % organisations.size());
            String name = name(random);
            Connector volunteer = Connector.forDirectory(name,
                    LocalDate.of(2026, 1 + random.nextInt(10), 1 + random.nextInt(28)),
                    SCOPES.get(random.nextInt(SCOPES.size())));
            describe(volunteer, random, organisation, "directory." + i);
            if (i % 9 == 4) {
                volunteer.overrideCap(1, 21);
            }
            volunteers.add(volunteer);
        }
        if (count >= 2) {
            Connector original = volunteers.get(0);
            Connector duplicate = Connector.forDirectory(original.getFullName().toUpperCase(java.util.Locale.ROOT),
                    LocalDate.of(2026, 10, 2), "All Northfield students");
            duplicate.placeAt(original.getTitle(), original.getOrganisation(), original.getIndustry(),
                    original.getLevel());
            duplicate.reachAt(new ConnectorContact(original.getEmail(), null, null, ContactChannel.PHONE, null, null,
                    null, null));
            volunteers.set(count - 1, duplicate);
        }
        return volunteers;
    }

    /** A student's own connectors: people met before, cold contacts, and a referral line two people long. */
    List<Connector> privateList(Student student, int count, List<Organisation> organisations, int studentIndex) {
        List<Connector> connectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            SplittableRandom random = new SplittableRandom(seed * 29 + studentIndex * 101L + i);
            Organisation organisation = organisations.get((studentIndex + i * 7) % organisations.size());
            Connector connector = Connector.privateFor(student, name(random));
            describe(connector, random, organisation, "s" + studentIndex + "." + i);
            Connector referrer = i > 0 && i % 3 == 0 ? connectors.get(i - 1) : null;
            connector.knownThrough(referrer != null ? Acquaintance.REFERRED
                    : i % 3 == 1 ? Acquaintance.MET_BEFORE : Acquaintance.COLD, referrer, i % 5 == 2);
            connectors.add(connector);
        }
        return connectors;
    }

    private static void describe(Connector connector, SplittableRandom random, Organisation organisation,
                                 String mailboxSuffix) {
        ConnectorLevel level = ConnectorLevel.values()[random.nextInt(ConnectorLevel.values().length)];
        List<String> titles = switch (level) {
            case PEER -> TITLES_PEER;
            case MID_CAREER -> TITLES_MID;
            case SENIOR -> TITLES_SENIOR;
        };
        connector.placeAt(titles.get(random.nextInt(titles.size())), organisation, organisation.getIndustry(), level);
        String mailbox = DemoDataGenerator.mailbox(connector.getFullName(), mailboxSuffix);
        connector.reachAt(new ConnectorContact(mailbox + "@" + DemoDataGenerator.slug(organisation.getName())
                + ".example", String.format("+1 312 555 01%02d", random.nextInt(100)), null,
                ContactChannel.values()[random.nextInt(ContactChannel.values().length)],
                ZONES.getOrDefault(String.valueOf(organisation.getCountryCode()), "America/New_York"),
                organisation.getCity(), organisation.getCountryCode(),
                null));
        List<MarkedInterest> interests = new ArrayList<>();
        for (String[] evidence : EVIDENCE) {
            if (random.nextInt(4) == 0) {
                interests.add(new MarkedInterest(ConnectorInterest.valueOf(evidence[0]), evidence[1]));
            }
        }
        connector.markInterests(interests);
        if (random.nextInt(3) == 0) {
            connector.annotate("Met briefly at the autumn careers fair; suggested following up after exams.");
        }
    }

    private static String name(SplittableRandom random) {
        return DemoCatalog.GIVEN_NAMES.get(random.nextInt(DemoCatalog.GIVEN_NAMES.size())) + " "
                + DemoCatalog.FAMILY_NAMES.get(random.nextInt(DemoCatalog.FAMILY_NAMES.size()));
    }
}
