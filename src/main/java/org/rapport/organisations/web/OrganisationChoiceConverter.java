package org.rapport.organisations.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rapport.organisations.OrganisationChoice;
import org.rapport.organisations.OrganisationService;
import org.rapport.platform.web.Messages;

/**
 * An organisation picked from a suggestion list travels as its id and comes back as the directory has it. A CDI
 * bean used as {@code converter="#{organisationChoiceConverter}"}, so the service can be injected.
 */
@Named
@ApplicationScoped
public class OrganisationChoiceConverter implements Converter<OrganisationChoice> {

    @Inject
    private OrganisationService organisations;

    @Override
    public OrganisationChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return organisations.find(Long.parseLong(value.strip()))
                    .map(found -> new OrganisationChoice(found.getId(), found.getName()))
                    .orElseThrow(() -> unknown());
        } catch (NumberFormatException e) {
            throw unknown();
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationChoice value) {
        return value == null ? "" : String.valueOf(value.getId());
    }

    private static ConverterException unknown() {
        String text = Messages.text("organisation.competitor.pick");
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
