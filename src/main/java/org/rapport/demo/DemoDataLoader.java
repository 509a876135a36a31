package org.rapport.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.platform.SchemaMigrator;

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
        return load(size, 0);
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
        write("advisors", size.advisors(), firstIndex, generator::advisor);
        write("students", size.students(), firstIndex, generator::student);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> String.format("Demo data: done in %,d ms", millis));
        return new DemoLoadReport(size.students(), size.advisors(), size.organisations(), millis);
    }

    private void write(String what, int count, int firstIndex, IntFunction<? extends BaseEntity> make) {
        List<BaseEntity> batch = new ArrayList<>(BATCH_SIZE);
        for (int i = 0; i < count; i++) {
            batch.add(make.apply(firstIndex + i));
            if (batch.size() == BATCH_SIZE || i == count - 1) {
                writer.persistAll(batch);
                batch.clear();
                int done = i + 1;
                if (count > BATCH_SIZE) {
                    LOG.info(() -> String.format("Demo data: %,d of %,d %s (%d%%)", done, count, what,
                            done * 100L / count));
                }
            }
        }
    }
}
