package org.rapport.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditQuery;
import org.rapport.audit.AuditRow;
import org.rapport.audit.AuditSearch;
import org.rapport.platform.web.PagedModel;

/** Backs {@code /admin/audit}: the search form and the paged result. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditSearch search;

    private String person;
    private String studentNumber;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRow> entries = new PagedModel<>(
            none -> search.count(query()),
            page -> search.search(query(), page),
            AuditRow::getId);

    private AuditQuery query() {
        return new AuditQuery(person, studentNumber, action, from, to);
    }

    public LazyDataModel<AuditRow> getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getStudentNumber() {
        return studentNumber;
    }

    public void setStudentNumber(String studentNumber) {
        this.studentNumber = studentNumber;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
