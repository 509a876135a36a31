package org.rapport.demo;

import java.util.List;
import java.util.Map;
import org.rapport.organisations.Industry;

/**
 * The word lists demo records are made from. Every person and organisation built from them is fictional; web
 * and mail addresses use the reserved {@code .example} names so nothing can reach a real inbox or site.
 */
final class DemoCatalog {

    static final String UNIVERSITY = "Northfield University";
    static final String STUDENT_MAIL_DOMAIN = "students.northfield.example";
    static final String STAFF_MAIL_DOMAIN = "careers.northfield.example";

    static final List<String> GIVEN_NAMES = List.of(
            "Amara", "Bilal", "Camila", "Darius", "Elif", "Farah", "Gabriel", "Hana", "Ibrahim", "Jade",
            "Kofi", "Lena", "Mateo", "Nadia", "Oluwaseun", "Priya", "Quentin", "Rosa", "Sami", "Tomas",
            "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aiyana", "Bao", "Chidi", "Dalia",
            "Emeka", "Freya", "Giulia", "Hiroshi", "Ines", "Jonas", "Keanu", "Leila", "Malik", "Noor",
            "Oscar", "Paloma", "Rafael", "Sofia", "Tariq", "Valentina", "William", "Yara", "Zain", "Anika",
            "Ben", "Chloe", "Diego", "Esther", "Finn", "Grace", "Hugo", "Isla", "Jamal", "Kira");

    static final List<String> FAMILY_NAMES = List.of(
            "Abernathy", "Bergstrom", "Castellanos", "Delacroix", "Eze", "Fairweather", "Gallagher", "Haddad",
            "Ivanova", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo", "Petrova",
            "Quintero", "Rahman", "Sorensen", "Tanaka", "Umarov", "Valdivia", "Whitcombe", "Xu", "Yilmaz",
            "Zielinski", "Achterberg", "Brightwater", "Coulibaly", "Dunmore", "Esposito", "Fontaine",
            "Grimaldi", "Holloway", "Iwu", "Jovanovic", "Kealoha", "Lachance", "Moreau", "Novak", "Oyelaran",
            "Pemberton", "Ruiz-Calder", "Santangelo", "Thornbury", "Underhill", "Vasquez", "Wexley", "Yamada",
            "Zamora");

    /** Colleges of the fictional university and the majors each offers. */
    static final Map<String, List<String>> MAJORS_BY_COLLEGE = Map.of(
            "College of Engineering", List.of("Computer Science", "Mechanical Engineering",
                    "Civil and Environmental Engineering", "Electrical Engineering", "Biomedical Engineering"),
            "School of Business", List.of("Finance", "Marketing", "Accounting", "Supply Chain Management",
                    "Entrepreneurship"),
            "College of Arts and Sciences", List.of("Economics", "Psychology", "History", "Biology",
                    "English Literature", "Mathematics", "Political Science"),
            "School of Nursing and Health Sciences", List.of("Nursing", "Public Health", "Nutrition Science"),
            "School of Design", List.of("Architecture", "Graphic Design", "Interaction Design"),
            "School of Public Affairs", List.of("Public Policy", "International Relations", "Urban Planning"));

    static final List<String> COLLEGES = MAJORS_BY_COLLEGE.keySet().stream().sorted().toList();

    static final List<String> ADVISOR_TITLES = List.of(
            "Career Advisor", "Senior Career Advisor", "Employer Relations Advisor", "Career Coach",
            "Associate Director, Career Advising");

    static final List<String> ORGANISATION_STEMS = List.of(
            "Alderbrook", "Bluefin", "Copperleaf", "Driftwood", "Emberline", "Fernhill", "Granite Bay",
            "Harbourlight", "Ironbark", "Juniper", "Kestrel", "Lanternfish", "Meadowlark", "Northwind",
            "Oakridge", "Pinecrest", "Quillon", "Riverstone", "Saltmarsh", "Tidewater", "Umberfield",
            "Vantage Hollow", "Willowmere", "Yarrow", "Zephyr Point", "Amberfield", "Brackenridge", "Cloudberry",
            "Dovetail", "Eastgate", "Foxglove", "Glasswing", "Hollins Cross", "Inkwell", "Jasper Lane",
            "Kingfisher", "Larchmont", "Marigold", "Nettlebank", "Orchard Row");

    /** Words that make a stem sound like an organisation of that industry. */
    static final Map<Industry, List<String>> ORGANISATION_KINDS = Map.ofEntries(
            Map.entry(Industry.ACCOUNTING, List.of("Accountants", "Audit Partners", "Tax Advisory")),
            Map.entry(Industry.ADVERTISING_AND_MARKETING, List.of("Creative", "Media Agency", "Brand Studio")),
            Map.entry(Industry.AEROSPACE_AND_DEFENCE, List.of("Aerospace", "Avionics", "Flight Systems")),
            Map.entry(Industry.ARCHITECTURE_AND_CONSTRUCTION, List.of("Architects", "Builders", "Design Build")),
            Map.entry(Industry.BIOTECH_AND_PHARMA, List.of("Biosciences", "Therapeutics", "Genomics")),
            Map.entry(Industry.CONSULTING, List.of("Consulting", "Strategy Group", "Advisors")),
            Map.entry(Industry.CONSUMER_GOODS, List.of("Foods", "Home Goods", "Brands")),
            Map.entry(Industry.EDUCATION, List.of("Academy", "Learning", "Schools Trust")),
            Map.entry(Industry.ENERGY_AND_UTILITIES, List.of("Energy", "Renewables", "Power and Water")),
            Map.entry(Industry.FINANCIAL_SERVICES, List.of("Capital", "Bank", "Asset Management")),
            Map.entry(Industry.GOVERNMENT_AND_PUBLIC_SERVICE, List.of("County Services", "Transit Authority",
                    "Regional Council")),
            Map.entry(Industry.HEALTHCARE, List.of("Health", "Medical Center", "Community Clinics")),
            Map.entry(Industry.HOSPITALITY_AND_TOURISM, List.of("Hotels", "Travel", "Hospitality Group")),
            Map.entry(Industry.LAW, List.of("Law", "Legal LLP", "Public Defenders")),
            Map.entry(Industry.MANUFACTURING, List.of("Manufacturing", "Industries", "Precision Works")),
            Map.entry(Industry.MEDIA_AND_ENTERTAINMENT, List.of("Studios", "Media", "Publishing")),
            Map.entry(Industry.NONPROFIT, List.of("Foundation", "Alliance", "Community Fund")),
            Map.entry(Industry.REAL_ESTATE, List.of("Properties", "Realty", "Housing Partners")),
            Map.entry(Industry.RETAIL, List.of("Outfitters", "Market", "Stores")),
            Map.entry(Industry.TECHNOLOGY, List.of("Software", "Labs", "Analytics")),
            Map.entry(Industry.TRANSPORT_AND_LOGISTICS, List.of("Logistics", "Freight", "Mobility")));

    /** Fictional cities with real country codes, so time zones and addresses look plausible. */
    static final List<String[]> CITIES = List.of(
            new String[] {"Port Alder", "US"}, new String[] {"Lakeview Heights", "US"},
            new String[] {"Brambleton", "GB"}, new String[] {"New Corran", "CA"},
            new String[] {"Eastwick Harbour", "AU"}, new String[] {"Saint Verity", "FR"},
            new String[] {"Hollowmere", "IE"}, new String[] {"Riverbend", "US"},
            new String[] {"Kestrel Falls", "NZ"}, new String[] {"Marrow Bay", "ZA"});

    /** The demo people the local sign-in page offers; their addresses link their accounts to these records. */
    static final String DEMO_STUDENT_EMAIL = "demo.student@" + STUDENT_MAIL_DOMAIN;
    static final String DEMO_ADVISOR_EMAIL = "demo.advisor@" + STAFF_MAIL_DOMAIN;

    /** How many generated students the demo advisor has on their caseload besides the demo student. */
    static final int DEMO_CASELOAD = 20;

    /** Organisations the demo's connectors, notes and charts are drawn from (the first ones generated). */
    static final int DEMO_ORGANISATIONS = 60;

    /** Volunteers in the demo's office directory. */
    static final int DEMO_DIRECTORY = 40;

    private DemoCatalog() {
    }
}
