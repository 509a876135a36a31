package org.rapport.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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

    /** Region zones only ("Europe/Lisbon"), sorted: what a person recognises in a list. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

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

    public List<String> getZones() {
        return ZONES;
    }

    /** "Europe/Lisbon (UTC+00:00)": the offset as it is now. */
    public String zoneLabel(String id) {
        ZoneId zone = ZoneId.of(id);
        String offset = zone.getRules().getOffset(Instant.now()).getId();
        return id.replace('_', ' ') + " (UTC" + ("Z".equals(offset) ? "+00:00" : offset) + ")";
    }

    public ContactDetailsForm getForm() {
        return form;
    }
}
