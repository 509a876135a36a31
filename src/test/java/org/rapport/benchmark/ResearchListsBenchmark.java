package org.rapport.benchmark;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.connectors.ConnectorFilter;
import org.rapport.connectors.ConnectorIdentity;
import org.rapport.connectors.ConnectorRepository;
import org.rapport.connectors.FatigueCap;
import org.rapport.demo.DemoDataLoader;
import org.rapport.demo.DemoSize;
import org.rapport.platform.PageRequest;
import org.rapport.research.NotebookRepository;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.TransactionRunner;

/**
 * Not a test: {@code ./mvnw verify -Pbenchmark} fills MariaDB at an office's scale (50,000 students, 2,000
 * directory volunteers, 200,000 private connectors, 60,000 open directory requests, 150,000 notes) and prints how
 * long the list queries behind the research pages take, as the repositories issue them (median and 95th percentile
 * of 25 runs after 5 warm-ups). It asserts nothing about time; the figures go into closing notes.
 */
@ExtendWith(ArquillianExtension.class)
class ResearchListsBenchmark {

    private static final int STUDENTS = 50_000;
    private static final long BASE_ID = 8_000_000_000_000L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.rapportWar().addClasses(TransactionRunner.class, Deployments.class);
    }

    @Inject
    private TransactionRunner tx;

    @Inject
    private DemoDataLoader demo;

    @Inject
    private ConnectorRepository connectors;

    @Inject
    private NotebookRepository notebook;

    @Test
    void listQueriesAtOfficeScale() {
        long started = System.nanoTime();
        demo.load(DemoSize.forStudents(STUDENTS), 5_000_000);
        fill();
        System.out.printf(Locale.ROOT, "%nBENCHMARK data loaded in %,d ms%n", (System.nanoTime() - started) / 1_000_000);

        long student = tx.inNewTransaction(em -> ((Number) em.createNativeQuery("select owner_student_id from connector"
                + " where id = " + (BASE_ID + 2_000_001)).getSingleResult()).longValue());
        long volunteer = BASE_ID + 7;
        Instant now = Instant.now();
        PageRequest firstPage = new PageRequest(0, 25, null, true, null);
        measure("directory, first page with open-request counts", () -> connectors.listDirectory(
                ConnectorFilter.none(), firstPage, now));
        measure("directory, count", () -> connectors.countDirectory(ConnectorFilter.none()));
        measure("directory, search 'partner' sorted by organisation", () -> connectors.listDirectory(
                new ConnectorFilter("partner", null, false), new PageRequest(0, 25, "organisationName", true, null),
                now));
        measure("directory, page 40 sorted by name descending", () -> connectors.listDirectory(
                ConnectorFilter.none(), new PageRequest(1_000, 25, "fullName", false, null), now));
        measure("fatigue cap: open requests of one volunteer", () -> connectors.countOpenRequests(volunteer, now));
        measure("who else fits (alternatives with room)", () -> tx.inNewTransaction(em -> connectors
                .listAlternatives(em.find(org.rapport.connectors.Connector.class, volunteer), new FatigueCap(3, 30),
                        now, 5)));
        measure("a student's connectors, first page", () -> connectors.listOwned(student, ConnectorFilter.none(),
                firstPage));
        measure("a student's connectors, count", () -> connectors.countOwned(student, ConnectorFilter.none()));
        measure("duplicate check in a student's list", () -> connectors.listPossibleDuplicates(student,
                ConnectorIdentity.nameKey("Bench Person 2000001"), null, "nobody@example.org", null));
        measure("duplicate check in the directory", () -> connectors.listPossibleDuplicates(null,
                ConnectorIdentity.nameKey("Volunteer 7"), null, "volunteer7@bench.example", null));
        measure("directory duplicate pairs (merge page)", () -> connectors.listDirectoryDuplicatePairs(100));
        measure("a student's notes, first page", () -> notebook.listSummaries(student, firstPage));
        measure("a student's notes, quick search by tag", () -> notebook.listSummaries(student,
                new PageRequest(0, 25, null, true, "fintech")));
    }

    /** Bulk rows generated inside MariaDB from its sequence engine (seq_1_to_N), so loading takes seconds. */
    private void fill() {
        tx.inNewTransaction(em -> {
            em.createNativeQuery("insert into connector (id, version, created_at, updated_at, full_name, name_key,"
                    + " title, organisation_id, industry, level, email, acquaintance, warm_referrals_only, archived,"
                    + " consent_given_on, consent_scope) select " + BASE_ID + " + seq, 0, now(6), now(6),"
                    + " concat('Volunteer ', seq), concat('volunteer ', seq), if(seq % 5 = 0, 'Partner', 'Manager'),"
                    + " o.id, o.industry, 'SENIOR', concat('volunteer', seq, '@bench.example'), 'COLD', false, false,"
                    + " '2026-09-01', 'All students' from seq_1_to_2000 join (select id, industry, row_number() over"
                    + " (order by id) rn from organisation) o on o.rn = 1 + seq % 2000").executeUpdate();
            em.createNativeQuery("insert into connector (id, version, created_at, updated_at, owner_student_id,"
                    + " full_name, name_key, title, organisation_id, industry, level, acquaintance,"
                    + " warm_referrals_only, archived) select " + BASE_ID + " + 2000000 + seq, 0, now(6), now(6),"
                    + " s.id, concat('Bench Person ', 2000000 + seq), concat('bench person ', 2000000 + seq),"
                    + " 'Analyst', null, 'CONSULTING', 'PEER', 'COLD', false, false from seq_1_to_200000 join"
                    + " (select id, row_number() over (order by id) rn from student) s on s.rn = 1 + seq % "
                    + STUDENTS).executeUpdate();
            em.createNativeQuery("insert into directory_request (id, version, created_at, updated_at,"
                    + " directory_connector_id, student_id, private_connector_id, requested_at, counts_until, state)"
                    + " select " + BASE_ID + " + 3000000 + seq, 0, now(6), now(6), " + BASE_ID + " + 1 + seq % 2000,"
                    + " c.owner_student_id, c.id, now(6), now(6) + interval 30 day, if(seq % 4 = 0, 'CLOSED', 'OPEN')"
                    + " from seq_1_to_60000 join connector c on c.id = " + BASE_ID + " + 2000000 + seq")
                    .executeUpdate();
            em.createNativeQuery("insert into research_note (id, version, created_at, updated_at, student_id, title,"
                    + " body, industry, tags) select " + BASE_ID + " + 4000000 + seq, 0, now(6), now(6), s.id,"
                    + " concat('Notes on the market ', seq), 'Findings from the careers fair.', 'CONSULTING',"
                    + " if(seq % 3 = 0, 'fintech remote', 'graduate-scheme') from seq_1_to_150000 join"
                    + " (select id, row_number() over (order by id) rn from student) s on s.rn = 1 + seq % "
                    + STUDENTS).executeUpdate();
            return null;
        });
    }

    private static void measure(String what, Supplier<?> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            query.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf(Locale.ROOT, "BENCHMARK %-55s median %7.2f ms   p95 %7.2f ms%n", what,
                micros.get(12) / 1000.0, micros.get(23) / 1000.0);
    }
}
