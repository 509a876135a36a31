package org.rapport.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rapport.people.Student;

/**
 * Writes one batch of checked roster rows in its own transaction: students already known by their number are
 * updated, the others added. One query finds the batch's existing students (no query per row).
 */
@ApplicationScoped
public class RosterWriter {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    /** @return {new students, updated students} */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int[] write(List<RosterRow> batch) {
        Map<String, Student> existing = entityManager.createQuery(
                        "select s from Student s where s.studentNumber in :numbers", Student.class)
                .setParameter("numbers", batch.stream().map(RosterRow::studentNumber).toList())
                .getResultStream()
                .collect(Collectors.toMap(s -> s.getStudentNumber().toUpperCase(Locale.ROOT),
                        Function.identity()));
        int created = 0;
        for (RosterRow row : batch) {
            Student student = existing.get(row.studentNumber().toUpperCase(Locale.ROOT));
            if (student == null) {
                student = new Student(row.studentNumber(), row.givenName(), row.familyName(), row.email(),
                        row.college(), row.major(), row.classYear());
                entityManager.persist(student);
                created++;
            }
            student.applyRoster(row.givenName(), row.familyName(), row.email(), row.college(), row.major(),
                    row.classYear(), row.graduationTerm());
        }
        return new int[] {created, batch.size() - created};
    }

    /** Students whose number appears in {@code numbers}, by upper-cased number, with their e-mail addresses. */
    public Map<String, String> emailsOfExisting(List<String> numbers) {
        return entityManager.createQuery(
                        "select s.studentNumber, s.email from Student s where s.studentNumber in :numbers",
                        Object[].class)
                .setParameter("numbers", numbers)
                .getResultStream()
                .collect(Collectors.toMap(r -> ((String) r[0]).toUpperCase(Locale.ROOT),
                        r -> (String) r[1], (a, b) -> a));
    }

    /** Student numbers (upper-cased) already using each of these e-mail addresses (lower-cased). */
    public Map<String, String> numbersUsingEmails(List<String> emails) {
        return entityManager.createQuery(
                        "select lower(s.email), s.studentNumber from Student s where s.email in :emails",
                        Object[].class)
                .setParameter("emails", emails)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0],
                        r -> ((String) r[1]).toUpperCase(Locale.ROOT), (a, b) -> a));
    }
}
