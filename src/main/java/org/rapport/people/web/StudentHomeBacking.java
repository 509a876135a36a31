package org.rapport.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rapport.people.StudentRecord;
import org.rapport.people.StudentRecordService;

/** Backs {@code /student/home}: the signed-in student's own record. */
@Named
@RequestScoped
public class StudentHomeBacking {

    @Inject
    private StudentRecordService records;

    private StudentRecord record;

    @PostConstruct
    void load() {
        record = records.findOwnRecord().orElse(null);
    }

    /** The student's record, or {@code null} while the roster holds none for their campus account. */
    public StudentRecord getRecord() {
        return record;
    }
}
