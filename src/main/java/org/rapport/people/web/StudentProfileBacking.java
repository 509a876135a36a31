package org.rapport.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.people.ContactDetailsForm;
import org.rapport.people.StudentRecordService;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;

/** Backs {@code /student/profile}: the student edits their own contact details. */
@Named
@ViewScoped
public class StudentProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StudentRecordService records;

    private ContactDetailsForm form;

    @PostConstruct
    void load() {
        try {
            form = records.ownContactDetails();
        } catch (NotFoundException missing) {
            ErrorResponses.notFound(missing);
        }
    }

    public void save() {
        try {
            records.changeOwnContactDetails(form);
            form = records.ownContactDetails();
            Messages.info("student.profile.saved");
        } catch (BusinessException refused) {
            // The form keeps what the student typed; they can compare with the latest and save again.
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            Messages.error(null, new ConcurrentChangeException(""));
        }
    }

    public ContactDetailsForm getForm() {
        return form;
    }
}
