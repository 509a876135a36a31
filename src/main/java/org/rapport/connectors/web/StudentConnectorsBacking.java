package org.rapport.connectors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.connectors.ConnectorFilter;
import org.rapport.connectors.ConnectorService;
import org.rapport.connectors.ConnectorSummary;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.PagedModel;

/** Backs {@code /staff/connectors?student=…}: a caseload advisor reads a student's connector list. */
@Named
@ViewScoped
public class StudentConnectorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConnectorService connectors;

    private Long student;
    private String studentName;
    private String text;

    private final LazyDataModel<ConnectorSummary> rows = new PagedModel<>(
            none -> connectors.countConnectorsOf(student, new ConnectorFilter(text, null, true)),
            page -> connectors.listConnectorsOf(student, new ConnectorFilter(text, null, true),
                    new PageRequest(page.first(), page.size(), page.sortKey(), page.ascending(), null)),
            ConnectorSummary::getId);

    public void load() {
        if (studentName != null) {
            return;
        }
        studentName = ErrorResponses.loadOrRefuse(student, "student", () -> connectors.openConnectorsOf(student));
    }

    public LazyDataModel<ConnectorSummary> getRows() {
        return rows;
    }

    public Long getStudent() {
        return student;
    }

    public void setStudent(Long student) {
        this.student = student;
    }

    public String getStudentName() {
        return studentName;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
