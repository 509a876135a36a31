package org.rapport.research;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A source as the student types it: a link, or a publication and its date (see {@link NoteSource}). */
public class SourceForm extends PartForm {

    private static final long serialVersionUID = 1L;

    @Size(max = NoteSource.URL_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = NoteSource.URL_PATTERN, message = "{notebook.url.invalid}")
    private String url;

    @Size(max = NoteSource.PUBLICATION_LENGTH, message = "{field.tooLong}")
    private String publication;

    @PastOrPresent(message = "{notebook.date.future}")
    private LocalDate publishedOn;

    public static SourceForm of(NoteSource source) {
        SourceForm form = new SourceForm();
        form.fillFrom(source);
        form.url = source.getUrl();
        form.publication = source.getPublication();
        form.publishedOn = source.getPublishedOn();
        return form;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
