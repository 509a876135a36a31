package org.rapport.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.PageRequest;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.TransactionRunner;

/**
 * The directory inside Payara against MariaDB: the fatigue cap holds when many students ask at the same moment
 * (row lock), students over the cap are offered volunteers with room, and the repository's duplicate, list and
 * count queries do what the screens rely on.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    /** Each asker holds two connections (its own transaction and the cap's): four fit the tests' pool of eight. */
    private static final int STUDENTS_ASKING = 4;
    private static final int CAP = 2;

    @Deployment
    static WebArchive deployment() {
        return Deployments.rapportWar().addClasses(TransactionRunner.class, Deployments.class);
    }

    @Inject
    private TransactionRunner tx;

    @Inject
    private DirectoryRequests requests;

    @Inject
    private ConnectorRepository repository;

    @Test
    void theCapHoldsWhenStudentsAskAtTheSameMoment() throws Exception {
        String run = unique();
        Organisation organisation = tx.inNewTransaction(em -> persist(em,
                new Organisation("Cap Test Freight " + run, Industry.TRANSPORT_AND_LOGISTICS, SizeBand.LARGE)));
        long volunteerId = tx.inNewTransaction(em -> {
            Connector volunteer = Connector.forDirectory("Popular Volunteer " + run, LocalDate.of(2026, 9, 1),
                    "all students");
            volunteer.placeAt("Head of Operations", em.merge(organisation), null, ConnectorLevel.SENIOR);
            volunteer.overrideCap(CAP, 30);
            return persist(em, volunteer).getId();
        });
        long alternativeId = tx.inNewTransaction(em -> {
            Connector other = Connector.forDirectory("Colleague With Room " + run, LocalDate.of(2026, 9, 1),
                    "all students");
            other.placeAt("Planner", em.merge(organisation), null, ConnectorLevel.PEER);
            return persist(em, other).getId();
        });
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS_ASKING; i++) {
            int n = i;
            students.add(tx.inNewTransaction(em -> persist(em, new Student("CAP" + run.substring(0, 6) + n,
                    "Asker", "Number" + n, "asker" + n + "." + run + "@students.it.example", "School of Business",
                    "Logistics", ClassYear.FINAL_YEAR))));
        }

        ExecutorService pool = Executors.newFixedThreadPool(STUDENTS_ASKING);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<DirectoryRequestOutcome>> outcomes = new ArrayList<>();
        for (Student student : students) {
            outcomes.add(pool.submit(() -> {
                start.await();
                // As DirectoryService does: the caller's transaction has read before it asks.
                return tx.inNewTransaction(em -> {
                    em.createQuery("select count(s) from Student s").getSingleResult();
                    return requests.request(student.getId(), volunteerId);
                });
            }));
        }
        start.countDown();
        List<DirectoryRequestOutcome> results = new ArrayList<>();
        for (Future<DirectoryRequestOutcome> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        long added = results.stream().filter(r -> r.getKind() == DirectoryRequestOutcome.Kind.ADDED).count();
        long refused = results.stream().filter(r -> r.getKind() == DirectoryRequestOutcome.Kind.CAP_REACHED).count();
        assertEquals(CAP, added, "exactly the cap gets through");
        assertEquals(STUDENTS_ASKING - CAP, refused);
        assertEquals(CAP, (long) tx.inNewTransaction(em -> em.createQuery("select count(r) from DirectoryRequest r"
                + " where r.directoryConnector.id = :id", Long.class).setParameter("id", volunteerId)
                .getSingleResult()));
        DirectoryRequestOutcome refusal = results.stream()
                .filter(r -> r.getKind() == DirectoryRequestOutcome.Kind.CAP_REACHED).findFirst().orElseThrow();
        assertEquals(List.of(alternativeId), refusal.getAlternatives().stream().map(DirectorySummary::getId).toList(),
                "the colleague at the same organisation with room is offered");

        DirectoryRequestOutcome again = requests.request(students.get(results.indexOf(results.stream()
                .filter(r -> r.getKind() == DirectoryRequestOutcome.Kind.ADDED).findFirst().orElseThrow())).getId(),
                volunteerId);
        assertEquals(DirectoryRequestOutcome.Kind.ALREADY_ON_LIST, again.getKind());
    }

    @Test
    void duplicatesAreFoundBySameEmailOrSameFoldedNameAtTheSameOrganisation() {
        String run = unique();
        Organisation organisation = tx.inNewTransaction(em -> persist(em,
                new Organisation("Duplicate Test Labs " + run, Industry.TECHNOLOGY, SizeBand.SMALL)));
        Student owner = tx.inNewTransaction(em -> persist(em, new Student("DUP" + run.substring(0, 8), "Dana",
                "Owner", "dana." + run + "@students.it.example", "College of Engineering", "Computing",
                ClassYear.SECOND_YEAR)));
        long existingId = tx.inNewTransaction(em -> {
            Connector existing = Connector.privateFor(em.merge(owner), "José O'Neil");
            existing.placeAt("Engineer", em.merge(organisation), null, ConnectorLevel.MID_CAREER);
            existing.reachAt(new ConnectorContact("Jose.ONeil@" + run + ".example", null, null, null, null, null,
                    null, null));
            return persist(em, existing).getId();
        });

        List<ConnectorSummary> byName = tx.inNewTransaction(em -> repository.listPossibleDuplicates(owner.getId(),
                ConnectorIdentity.nameKey("jose oneil"), organisation.getId(), null, null));
        List<ConnectorSummary> byEmail = tx.inNewTransaction(em -> repository.listPossibleDuplicates(owner.getId(),
                ConnectorIdentity.nameKey("Someone Else"), null, "jose.oneil@" + run + ".example", null));
        List<ConnectorSummary> otherOrganisation = tx.inNewTransaction(em -> repository.listPossibleDuplicates(
                owner.getId(), ConnectorIdentity.nameKey("José O'Neil"), null, null, null));
        List<ConnectorSummary> itself = tx.inNewTransaction(em -> repository.listPossibleDuplicates(owner.getId(),
                ConnectorIdentity.nameKey("José O'Neil"), organisation.getId(), null, existingId));
        List<ConnectorSummary> inTheDirectory = tx.inNewTransaction(em -> repository.listPossibleDuplicates(null,
                ConnectorIdentity.nameKey("José O'Neil"), organisation.getId(), null, null));

        assertEquals(List.of(existingId), byName.stream().map(ConnectorSummary::getId).toList());
        assertEquals(List.of(existingId), byEmail.stream().map(ConnectorSummary::getId).toList());
        assertTrue(otherOrganisation.isEmpty(), "same name without the organisation is someone else");
        assertTrue(itself.isEmpty(), "a record is not its own duplicate");
        assertTrue(inTheDirectory.isEmpty(), "a student's private record is not a directory duplicate");
    }

    @Test
    void aStudentsListIsFilteredSortedAndPagedInTheDatabase() {
        String run = unique();
        Organisation organisation = tx.inNewTransaction(em -> persist(em,
                new Organisation("Paging Test Bank " + run, Industry.FINANCIAL_SERVICES, SizeBand.ENTERPRISE)));
        Student owner = tx.inNewTransaction(em -> persist(em, new Student("PAG" + run.substring(0, 8), "Pat",
                "Pager", "pat." + run + "@students.it.example", "School of Business", "Finance",
                ClassYear.THIRD_YEAR)));
        tx.inNewTransaction(em -> {
            for (int i = 0; i < 30; i++) {
                Connector connector = Connector.privateFor(em.merge(owner), String.format("Person %02d", i));
                connector.placeAt(i % 2 == 0 ? "Analyst" : "Partner", i < 10 ? em.merge(organisation) : null,
                        i < 10 ? null : Industry.LAW, ConnectorLevel.PEER);
                if (i == 29) {
                    connector.archive();
                }
                em.persist(connector);
            }
            return null;
        });

        assertEquals(29, repository.countOwned(owner.getId(), ConnectorFilter.none()));
        assertEquals(30, repository.countOwned(owner.getId(), new ConnectorFilter(null, null, true)));
        assertEquals(10, repository.countOwned(owner.getId(), new ConnectorFilter("paging test bank", null, false)));
        assertEquals(19, repository.countOwned(owner.getId(), new ConnectorFilter(null, Industry.LAW, false)));
        List<ConnectorSummary> page = repository.listOwned(owner.getId(), ConnectorFilter.none(),
                new PageRequest(25, 25, "fullName", false, null));
        assertEquals(4, page.size());
        assertEquals("Person 03", page.get(0).getFullName());
        assertEquals("Person 00", page.get(3).getFullName());
        List<ConnectorSummary> partners = repository.listOwned(owner.getId(), new ConnectorFilter("partner", null,
                false), new PageRequest(0, 5, "organisationName", true, null));
        assertEquals(5, partners.size());
        assertTrue(partners.stream().allMatch(p -> "Partner".equals(p.getTitle())));
    }

    private static <T> T persist(jakarta.persistence.EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void untickingAnInterestKeepsTheOthersInOrder() {
        String run = unique();
        Student owner = tx.inNewTransaction(em -> persist(em, new Student("INT" + run.substring(0, 8), "Ivo",
                "Interest", "ivo." + run + "@students.it.example", "School of Business", "Marketing",
                ClassYear.SECOND_YEAR)));
        long id = tx.inNewTransaction(em -> {
            Connector connector = Connector.privateFor(em.merge(owner), "Three Interests " + run);
            connector.markInterests(List.of(new MarkedInterest(ConnectorInterest.RECOGNITION, "award"),
                    new MarkedInterest(ConnectorInterest.REPUTATION, "mentor"),
                    new MarkedInterest(ConnectorInterest.CONVENIENCE, "busy")));
            return persist(em, connector).getId();
        });
        tx.inNewTransaction(em -> {
            Connector connector = em.find(Connector.class, id);
            connector.markInterests(connector.getInterests().stream()
                    .filter(i -> i.getInterest() != ConnectorInterest.RECOGNITION).toList());
            return null;
        });
        List<ConnectorInterest> kept = tx.inNewTransaction(em -> em.find(Connector.class, id).getInterests().stream()
                .map(MarkedInterest::getInterest).toList());
        assertEquals(List.of(ConnectorInterest.REPUTATION, ConnectorInterest.CONVENIENCE), kept);
    }
}
