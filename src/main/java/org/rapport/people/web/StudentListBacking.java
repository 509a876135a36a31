package org.rapport.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rapport.people.StudentRecordService;
import org.rapport.people.StudentSummary;
import org.rapport.platform.PageRequest;

/**
 * Backs {@code /staff/students}: the students the staff member may see, paged, sorted and filtered in MariaDB.
 */
@Named
@ViewScoped
public class StudentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudentRecordService records;

    private String filter;

    private final LazyDataModel<StudentSummary> students = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(records.countVisibleStudents(filter));
        }

        @Override
        public List<StudentSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return records.listVisibleStudents(new PageRequest(first, pageSize,
                    sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING, filter));
        }

        @Override
        public String getRowKey(StudentSummary row) {
            return String.valueOf(row.getId());
        }

        @Override
        public StudentSummary getRowData(String rowKey) {
            return null;
        }
    };

    public LazyDataModel<StudentSummary> getStudents() {
        return students;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
