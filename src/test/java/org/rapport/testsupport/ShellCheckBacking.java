package org.rapport.testsupport;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** Test-only backing bean for {@code it/shell-check}: exercises the shared field and submit tags. */
@Named
@RequestScoped
public class ShellCheckBacking {

    @NotBlank(message = "{person.email.required}")
    @Email(message = "{person.email.invalid}")
    private String email;

    public String save() {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, "Saved " + email, null));
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
