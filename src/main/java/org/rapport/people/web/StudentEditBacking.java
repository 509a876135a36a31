package org.rapport.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.people.ClassYear;
import org.rapport.people.StudentProfileForm;
import org.rapport.people.StudentRecordService;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;

/** Backs {@code /admin/student?id=…}: an administrator corrects a student's registrar data. */
@Named
@ViewScoped
public class StudentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudentRecordService records;

    private Long id;
    private StudentProfileForm form;

    public void load() {
        if (form != null) {
            return;
        }
        form = ErrorResponses.loadOrRefuse(id, "student", () -> records.profileForEditing(id));
    }

    public void save() {
        try {
            records.correctProfile(id, form);
            form = records.profileForEditing(id);
            Messages.info("student.edit.saved");
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            Messages.error(null, new ConcurrentChangeException(form.getGivenName() + " " + form.getFamilyName()));
        }
    }

    public ClassYear[] getClassYears() {
        return ClassYear.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StudentProfileForm getForm() {
        return form;
    }
}
