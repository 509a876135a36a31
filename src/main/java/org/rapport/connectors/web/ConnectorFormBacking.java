package org.rapport.connectors.web;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapport.connectors.ConnectorForm;
import org.rapport.connectors.ConnectorInUseException;
import org.rapport.connectors.ConnectorSaveResult;
import org.rapport.connectors.ConnectorSummary;
import org.rapport.organisations.OrganisationChoice;
import org.rapport.organisations.OrganisationService;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;

/**
 * What the student's connector form and the staff directory form share: the form, the organisation pick list, the
 * duplicate warning ("save anyway" or open the existing record) and turning refusals into messages beside the field
 * they concern. A conflict keeps everything the person typed.
 */
public abstract class ConnectorFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's client id; fields are {@code connector:<property>}. */
    protected static final String FORM_ID = "connector";

    @Inject
    private OrganisationService organisations;

    private Long id;
    private ConnectorForm form;
    private List<ConnectorSummary> possibleDuplicates = List.of();

    /** Loads the form once per view, answering a tampered or forbidden id with 404/403. */
    public void load() {
        if (form != null) {
            return;
        }
        form = ErrorResponses.loadOrRefuse(() -> id == null ? newForm() : formFor(id));
    }

    protected abstract ConnectorForm newForm();

    protected abstract ConnectorForm formFor(long connectorId);

    protected abstract ConnectorSaveResult store(ConnectorForm toSave);

    /** Where a new record goes after its first save (the same page with its id). */
    protected abstract String pageOf(long connectorId);

    public String save() {
        return attempt(false);
    }

    /** Saves although possible duplicates were shown: the person decided it is someone else. */
    public String saveAnyway() {
        return attempt(true);
    }

    private String attempt(boolean duplicatesSeen) {
        form.setDuplicatesSeen(duplicatesSeen);
        boolean wasNew = form.isNew();
        try {
            ConnectorSaveResult result = store(form);
            if (!result.isSaved()) {
                possibleDuplicates = result.getPossibleDuplicates();
                return null;
            }
            possibleDuplicates = List.of();
            if (wasNew) {
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.info("connector.saved", form.getFullName());
                return pageOf(result.getSavedId()) + "&faces-redirect=true";
            }
            form = formFor(result.getSavedId());
            Messages.info("connector.saved", form.getFullName());
        } catch (InvalidFieldException refused) {
            Messages.error(FORM_ID + ":" + refused.getField(), refused);
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            Messages.error(null, new ConcurrentChangeException(form.getFullName()));
        }
        return null;
    }

    /** Runs a one-click action (archive, restore, delete) and reloads the form; refusals become messages. */
    protected void act(Runnable action, String doneKey) {
        try {
            action.run();
            form = formFor(id);
            Messages.info(doneKey, form.getFullName());
        } catch (BusinessException refused) {
            report(refused);
        }
    }

    /** Shows a refusal; for a connector still in use, also what refers to it. */
    protected static void report(BusinessException refused) {
        Messages.error(null, refused);
        if (refused instanceof ConnectorInUseException inUse) {
            Messages.info("connector.delete.references", describe(inUse.getReferences()));
        }
    }

    private static String describe(Map<String, Long> references) {
        return references.entrySet().stream().map(e -> Messages.text(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** Organisation names containing what was typed, for the pick list. */
    public List<String> completeOrganisation(String typed) {
        return organisations.suggest(typed, 12).stream().map(OrganisationChoice::getName).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConnectorForm getForm() {
        return form;
    }

    public List<ConnectorSummary> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
