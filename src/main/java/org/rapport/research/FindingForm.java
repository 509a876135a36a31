package org.rapport.research;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A finding as the student types it. */
public class FindingForm extends PartForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{notebook.finding.required}")
    @Size(max = Finding.TEXT_LENGTH, message = "{field.tooLong}")
    private String text;

    public static FindingForm of(Finding finding) {
        FindingForm form = new FindingForm();
        form.fillFrom(finding);
        form.text = finding.getText();
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
