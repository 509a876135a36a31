package org.rapport.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rapport.connectors.Connector;
import org.rapport.connectors.DirectoryRequest;
import org.rapport.connectors.FatigueCap;
import org.rapport.organisations.Organisation;
import org.rapport.people.Advisor;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.SchemaMigrator;
import org.rapport.questionbank.BankQuestion;

/**
 * Fills an empty database with demo data when the application starts and {@code RAPPORT_DEMO_STUDENTS} is above
 * zero (the run command sets it; production leaves it at 0). A database that already has students is left alone,
 * so a second start reuses the data. Progress is logged batch by batch.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final int BATCH_SIZE = 1_000;
    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    private DemoBatchWriter writer;

    @Inject
    private SchemaMigrator migrator;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "rapport.demo.students", defaultValue = "0")
    private int demoStudents;

    @Inject
    @ConfigProperty(name = "rapport.demo.seed", defaultValue = "20261122")
    private long seed;

    void onStart(@Observes @Initialized(ApplicationScoped.class)
                 @Priority(SchemaMigrator.MIGRATION_PRIORITY + 100) Object ignored) {
        if (demoStudents <= 0) {
            return;
        }
        if (!migrator.currentStatus().current()) {
            LOG.warning("Demo data not loaded: the database schema is not ready.");
            return;
        }
        try {
            loadIntoEmptyDatabase(DemoSize.forStudents(demoStudents));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        }
    }

    /** Loads {@code size} unless students already exist; returns what was created. */
    public DemoLoadReport loadIntoEmptyDatabase(DemoSize size) {
        long existing = entityManager.createNamedQuery(Student.COUNT_ALL, Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info(() -> "Demo data: the database already holds " + existing + " students; nothing loaded.");
            return DemoLoadReport.nothing();
        }
        DemoLoadReport report = load(size, 0);
        addDemoPeople(report);
        return report;
    }

    /**
     * The demo student and advisor of the local sign-in page: the advisor's caseload holds the demo student and
     * the first {@value DemoCatalog#DEMO_CASELOAD} generated students.
     */
    private void addDemoPeople(DemoLoadReport report) {
        DemoDataGenerator generator = new DemoDataGenerator(seed);
        Student student = generator.demoStudent();
        Advisor advisor = generator.demoAdvisor();
        writer.persistAll(List.of(student, advisor));
        List<long[]> caseload = new ArrayList<>();
        caseload.add(new long[] {advisor.getId(), student.getId()});
        report.studentIds().stream().limit(DemoCatalog.DEMO_CASELOAD)
                .forEach(id -> caseload.add(new long[] {advisor.getId(), id}));
        writer.assignCaseloads(caseload);
        addResearch(student, report);
    }

    /**
     * Research for the demo: the office directory, the demo student's own connectors (two of them asked for from
     * the directory, so they count against the volunteers' caps; one volunteer is fully asked), notebook and org
     * charts, and short connector lists for the demo advisor's caseload.
     */
    private void addResearch(Student student, DemoLoadReport report) {
        List<Organisation> organisations = entityManager.createQuery("select o from Organisation o order by o.id",
                Organisation.class).setMaxResults(DemoCatalog.DEMO_ORGANISATIONS).getResultList();
        if (organisations.isEmpty()) {
            return;
        }
        DemoConnectors connectors = new DemoConnectors(seed);
        List<Connector> directory = connectors.directory(DemoCatalog.DEMO_DIRECTORY, organisations);
        writer.persistAll(directory);
        List<Connector> own = connectors.privateList(student, 10, organisations, 0);
        writer.persistAll(own);
        Random random = new Random(seed);
        writer.persistAll(DemoNotebooks.notebookOf(random, student, own, organisations));
        List<Long> organisationIds = organisations.stream().map(Organisation::getId).toList();
        List<Long> ownIds = own.stream().map(Connector::getId).toList();
        writer.inTransaction(em -> {
            // Organisations gain notes, locations and competitors in place, so they are loaded managed here.
            DemoOrgCharts.Result charts = new DemoOrgCharts().build(random, em.find(Student.class, student.getId()),
                    organisationIds.stream().map(id -> em.find(Organisation.class, id)).toList(),
                    ownIds.stream().map(id -> em.find(Connector.class, id)).toList());
            charts.newEntities().forEach(em::persist);
        });
        List<BaseEntity> requests = new ArrayList<>();
        FatigueCap office = new FatigueCap(3, 30);
        Instant now = Instant.now();
        for (Connector volunteer : List.of(directory.get(1), directory.get(2))) {
            Connector copy = volunteer.copyFor(student);
            requests.add(copy);
            requests.add(new DirectoryRequest(volunteer, copy, now, FatigueCap.forConnector(volunteer, office)));
        }
        List<Long> caseload = report.studentIds().stream().limit(DemoCatalog.DEMO_CASELOAD).toList();
        for (int i = 0; i < caseload.size(); i++) {
            Student other = entityManager.find(Student.class, caseload.get(i));
            List<Connector> list = connectors.privateList(other, 4, organisations, i + 1);
            requests.addAll(list);
            if (i < 3) {
                // Volunteer 4 takes one request at a time: the first caseload student's request fills it.
                Connector volunteer = directory.get(4 + i * 9);
                Connector copy = volunteer.copyFor(other);
                requests.add(copy);
                requests.add(new DirectoryRequest(volunteer, copy, now, FatigueCap.forConnector(volunteer, office)));
            }
        }
        writer.persistAll(requests);
        writer.inTransaction(em -> addMeetings(em, random, student, caseload));
        LOG.info(() -> String.format("Demo data: %d directory volunteers, %d connectors for the demo student",
                directory.size(), own.size() + 2));
    }

    /**
     * Meetings for the demo student in every state of the lifecycle (with question lists, feedback, messages and
     * tasks), one planned meeting per caseload student, and for two of them conversations held and referrals.
     */
    private void addMeetings(EntityManager em, Random random, Student student, List<Long> caseload) {
        List<BankQuestion> bank = em.createQuery("select q from BankQuestion q where q.retiredAt is null order by q.id",
                BankQuestion.class).getResultList();
        DemoMeetings meetings = new DemoMeetings(random, em, bank, Clock.systemUTC());
        // All of the demo student's connectors, her own list first and then the two asked for from the directory.
        Student demo = em.find(Student.class, student.getId());
        meetings.forDemoStudent(demo, em.createQuery("select c from Connector c where c.owner = :owner order by c.id",
                Connector.class).setParameter("owner", demo).getResultList());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < caseload.size(); i++) {
            Student other = em.find(Student.class, caseload.get(i));
            List<Connector> theirs = em.createQuery("select c from Connector c where c.owner = :owner order by c.id",
                    Connector.class).setParameter("owner", other).getResultList();
            if (!theirs.isEmpty()) {
                meetings.plannedFor(other, theirs.get(theirs.size() - 1));
            }
            new DemoReferrals(em, new DemoOutreach(em, ZoneOffset.UTC), other, today)
                    .forCaseloadStudent(meetings, theirs, i);
        }
    }

    /**
     * Adds {@code size} records, numbering them from {@code firstIndex} so that repeated loads (tests,
     * benchmarks) do not collide on unique fields.
     */
    public DemoLoadReport load(DemoSize size, int firstIndex) {
        long started = System.nanoTime();
        DemoDataGenerator generator = new DemoDataGenerator(seed);
        LOG.info(() -> String.format("Demo data: creating %,d organisations, %,d advisors and %,d students",
                size.organisations(), size.advisors(), size.students()));
        write("organisations", size.organisations(), firstIndex, generator::organisation);
        List<Long> advisorIds = write("advisors", size.advisors(), firstIndex, generator::advisor);
        List<Long> studentIds = write("students", size.students(), firstIndex, generator::student);
        assignCaseloads(advisorIds, studentIds);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> String.format("Demo data: done in %,d ms", millis));
        return new DemoLoadReport(size.students(), size.advisors(), size.organisations(), millis, studentIds);
    }

    /** Every student on one advisor's caseload, dealt round-robin. */
    private void assignCaseloads(List<Long> advisorIds, List<Long> studentIds) {
        if (advisorIds.isEmpty()) {
            return;
        }
        List<long[]> batch = new ArrayList<>(BATCH_SIZE);
        for (int i = 0; i < studentIds.size(); i++) {
            batch.add(new long[] {advisorIds.get(i % advisorIds.size()), studentIds.get(i)});
            if (batch.size() == BATCH_SIZE || i == studentIds.size() - 1) {
                writer.assignCaseloads(batch);
                batch.clear();
            }
        }
    }

    /** Writes {@code count} records in batches and returns their ids in order. */
    private List<Long> write(String what, int count, int firstIndex, IntFunction<? extends BaseEntity> make) {
        List<Long> ids = new ArrayList<>(count);
        List<BaseEntity> batch = new ArrayList<>(BATCH_SIZE);
        for (int i = 0; i < count; i++) {
            batch.add(make.apply(firstIndex + i));
            if (batch.size() == BATCH_SIZE || i == count - 1) {
                writer.persistAll(batch);
                batch.forEach(entity -> ids.add(entity.getId()));
                batch.clear();
                int done = i + 1;
                if (count > BATCH_SIZE) {
                    LOG.info(() -> String.format("Demo data: %,d of %,d %s (%d%%)", done, count, what,
                            done * 100L / count));
                }
            }
        }
        return ids;
    }
}
