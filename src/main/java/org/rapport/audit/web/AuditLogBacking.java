package org.rapport.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditQuery;
import org.rapport.audit.AuditRow;
import org.rapport.audit.AuditSearch;
import org.rapport.platform.PageRequest;

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

    private final LazyDataModel<AuditRow> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(search.count(query()));
        }

        @Override
        public List<AuditRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return search.search(query(), new PageRequest(first, pageSize, null, false, null));
        }

        @Override
        public String getRowKey(AuditRow row) {
            return String.valueOf(row.getId());
        }

        @Override
        public AuditRow getRowData(String rowKey) {
            return null;
        }
    };

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
