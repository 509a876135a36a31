package org.rapport.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.platform.Require;

/** A short thing the student learned while researching, in their own words. */
@Entity
@Table(name = "research_finding")
public class Finding extends NotePart {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 1000;

    @NotBlank(message = "{notebook.finding.required}")
    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "text", length = TEXT_LENGTH, nullable = false)
    private String text;

    protected Finding() {
        // for JPA
    }

    public Finding(ResearchNote note, String text) {
        super(note);
        this.text = Require.text(text, TEXT_LENGTH, "text");
    }

    public void reword(String newText) {
        this.text = Require.text(newText, TEXT_LENGTH, "text");
    }

    public String getText() {
        return text;
    }
}
