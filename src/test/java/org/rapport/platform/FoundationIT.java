package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.demo.DemoDataLoader;
import org.rapport.demo.DemoLoadReport;
import org.rapport.demo.DemoSize;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;
import org.rapport.audit.AuditLog;
import org.rapport.people.Student;
import org.rapport.people.StudentRecordService;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.TransactionRunner;

/**
 * The riskiest joint, proven inside Payara Micro against a real MariaDB: Hibernate is the JPA provider, entities
 * round-trip, stale versions are refused, Flyway migrated the schema and the mappings match it, the pool takes
 * its sizes from the environment, and demo data loads in batches. HTTP and page checks live in {@link org.rapport.platform.web.ShellBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rapportWar().addClasses(TransactionRunner.class, Deployments.class);
    }

    @Inject
    private TransactionRunner tx;

    @Inject
    private SchemaMigrator migrator;

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private StudentRecordService studentRecords;

    @Inject
    private AuditLog audit;

    @Inject
    private org.rapport.roster.RosterImportService rosters;

    @Inject
    private org.rapport.audit.AuditSearch auditSearch;

    @Inject
    private org.rapport.people.CaseloadService caseloads;

    @Inject
    private org.rapport.identity.AccountAdministration accounts;

    @Resource(lookup = RapportDataSource.JNDI_NAME)
    private DataSource dataSource;

    private SessionFactoryImplementor sessionFactory() {
        return tx.entityManager().getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
    }

    @Test
    void hibernateIsTheJpaProviderOnMariaDb() {
        SessionFactory sessionFactory = sessionFactory();
        assertInstanceOf(SessionFactoryImplementor.class, sessionFactory);
        assertInstanceOf(MariaDBDialect.class, sessionFactory().getJdbcServices().getDialect());
        String product = tx.inNewTransaction(em -> (String) em.createNativeQuery("select version()")
                .getSingleResult());
        assertTrue(product.contains("MariaDB"), "connected to " + product);
    }

    @Test
    void entityPersistsAndReadsBack() {
        String name = "Persist Check " + UUID.randomUUID();
        Long id = tx.inNewTransaction(em -> {
            Organisation organisation = new Organisation(name, Industry.HEALTHCARE, SizeBand.MEDIUM)
                    .locate("https://www.persist-check.example", "Port Alder", "US");
            em.persist(organisation);
            return organisation.getId();
        });
        Organisation read = tx.inNewTransaction(em -> em.find(Organisation.class, id));
        assertEquals(name, read.getName());
        assertEquals(Industry.HEALTHCARE, read.getIndustry());
        assertEquals("US", read.getCountryCode());
        assertEquals(0, read.getVersion());
        assertNotNull(read.getCreatedAt());
        assertEquals(read.getCreatedAt(), read.getUpdatedAt());
    }

    @Test
    void staleVersionIsRejected() {
        Long id = tx.inNewTransaction(em -> {
            Organisation organisation = new Organisation("Version Check " + UUID.randomUUID(),
                    Industry.LAW, SizeBand.SMALL);
            em.persist(organisation);
            return organisation.getId();
        });
        Organisation first = tx.inNewTransaction(em -> em.find(Organisation.class, id));
        Organisation second = tx.inNewTransaction(em -> em.find(Organisation.class, id));

        first.locate(null, "Brambleton", "GB");
        Organisation saved = tx.inNewTransaction(em -> em.merge(first));
        assertEquals(1, saved.getVersion());

        second.locate(null, "New Corran", "CA");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> tx.inNewTransaction(em -> em.merge(second)));
        assertTrue(causedBy(refused, OptimisticLockException.class), "expected an optimistic lock failure: " + refused);
        Organisation kept = tx.inNewTransaction(em -> em.find(Organisation.class, id));
        assertEquals("Brambleton", kept.getCity(), "the first save must survive");
    }

    @Test
    void flywayMigratedTheSchemaAtStartUp() throws SQLException {
        MigrationStatus status = migrator.currentStatus();
        assertTrue(status.current(), "migration status: " + status);
        assertEquals(0, status.pending());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select count(*), max(version) from flyway_schema_history where success = 1")) {
            assertTrue(rows.next());
            assertTrue(rows.getInt(1) >= 1);
            assertEquals(status.schemaVersion(), rows.getString(2));
        }
    }

    @Test
    void entityMappingsMatchTheMigratedSchemaAndDriftIsCaught() throws SQLException {
        sessionFactory().getSchemaManager().validateMappedObjects();

        execute("alter table organisation rename column city to town");
        try {
            assertThrows(SchemaManagementException.class,
                    () -> sessionFactory().getSchemaManager().validateMappedObjects());
        } finally {
            execute("alter table organisation rename column town to city");
        }
    }

    @Test
    void poolSizeAndWaitComeFromTheEnvironment() throws SQLException {
        int max = Integer.parseInt(System.getenv("DB_POOL_MAX"));
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < max; i++) {
                held.add(dataSource.getConnection());
            }
            long started = System.nanoTime();
            assertThrows(SQLException.class, dataSource::getConnection, "pool should stop at DB_POOL_MAX=" + max);
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            long configuredWait = Long.parseLong(System.getenv("DB_MAX_WAIT_MILLIS"));
            assertTrue(waitedMillis >= configuredWait - 100 && waitedMillis < configuredWait + 5_000,
                    "waited " + waitedMillis + " ms for a connection; DB_MAX_WAIT_MILLIS=" + configuredWait);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void recordsAndRosterImportsAreRefusedToSomeoneNotSignedIn() {
        PageRequest firstPage = PageRequest.of(0, 10);
        assertThrows(AccessDeniedException.class, () -> studentRecords.listVisibleStudents(firstPage));
        assertThrows(AccessDeniedException.class, () -> studentRecords.countVisibleStudents(null));
        assertThrows(AccessDeniedException.class, () -> studentRecords.findOwnRecord());
        Long anyStudent = tx.inNewTransaction(em -> em.createQuery("select min(s.id) from Student s", Long.class)
                .getSingleResult());
        if (anyStudent == null) {
            anyStudent = tx.inNewTransaction(em -> {
                Student student = new Student("FIT" + System.nanoTime() % 1_000_000_000L, "Ana", "Probe",
                        "ana.probe@students.it.example", "School of Design", "Graphic Design",
                        org.rapport.people.ClassYear.FIRST_YEAR);
                em.persist(student);
                return student.getId();
            });
        }
        long studentId = anyStudent;
        assertThrows(AccessDeniedException.class, () -> studentRecords.viewStudent(studentId));
        java.io.InputStream roster = new java.io.ByteArrayInputStream(
                "student_number,given_name\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThrows(AccessDeniedException.class, () -> rosters.check(roster));
        assertThrows(AccessDeniedException.class, () -> auditSearch.count(org.rapport.audit.AuditQuery.everything()));
        assertThrows(AccessDeniedException.class, () -> caseloads.assign(1L, "NU00000001"));
        assertThrows(AccessDeniedException.class, () -> accounts.grant(1L, 0L, org.rapport.identity.Role.ADMIN));
    }

    @Test
    void theAuditLogIsAppendOnlyInTheDatabase() throws SQLException {
        audit.record(org.rapport.audit.Actor.anonymous("127.0.0.1"), org.rapport.audit.AuditAction.ACCESS_DENIED,
                null, "append-only check", null);
        SQLException update = assertThrows(SQLException.class,
                () -> execute("update audit_entry set detail = 'rewritten' where target = 'append-only check'"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class,
                () -> execute("delete from audit_entry where target = 'append-only check'"));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
    }

    @Test
    void demoDataLoadsInBatchesAndIsNotLoadedTwice() {
        long before = countStudents();
        DemoLoadReport report = demoData.load(new DemoSize(2_345, 4, 30), 500_000);
        assertEquals(2_345, report.students());
        assertEquals(before + 2_345, countStudents());
        assertFalse(demoData.loadIntoEmptyDatabase(DemoSize.forStudents(10)).students() > 0,
                "a database with students must be left alone");
        assertEquals(before + 2_345, countStudents());
    }

    private long countStudents() {
        return tx.inNewTransaction(em -> em.createNamedQuery(Student.COUNT_ALL, Long.class).getSingleResult());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
