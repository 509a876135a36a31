package org.rapport.research;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A hypothesis's wording as the student types it (new, or corrected before any evidence). */
public class HypothesisForm extends PartForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{notebook.hypothesis.required}")
    @Size(max = Hypothesis.STATEMENT_LENGTH, message = "{field.tooLong}")
    private String statement;

    public static HypothesisForm of(Hypothesis hypothesis) {
        HypothesisForm form = new HypothesisForm();
        form.fillFrom(hypothesis);
        form.statement = hypothesis.getStatement();
        return form;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }
}
