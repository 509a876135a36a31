package org.rapport.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.rapport.platform.Require;

/**
 * Where something in a note comes from: a web page (an http or https link) or a publication named with the date
 * it appeared. One of the two must be given; a link may also carry the publication's name and date.
 */
@Entity
@Table(name = "research_note_source")
public class NoteSource extends NotePart {

    private static final long serialVersionUID = 1L;

    public static final int URL_LENGTH = 500;
    public static final int PUBLICATION_LENGTH = 160;
    /** A web address Rapport will show as a link: http or https only, no spaces. */
    public static final String URL_PATTERN = "(?i)https?://[^\\s/?#]+[^\\s]*";

    @Size(max = URL_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = URL_PATTERN, message = "{notebook.url.invalid}")
    @Column(name = "url", length = URL_LENGTH)
    private String url;

    @Size(max = PUBLICATION_LENGTH, message = "{field.tooLong}")
    @Column(name = "publication", length = PUBLICATION_LENGTH)
    private String publication;

    @PastOrPresent(message = "{notebook.date.future}")
    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected NoteSource() {
        // for JPA
    }

    public NoteSource(ResearchNote note, String url, String publication, LocalDate publishedOn) {
        super(note);
        citeAs(url, publication, publishedOn);
    }

    /**
     * Says where the information comes from.
     *
     * @throws NotebookException when neither a link nor a publication with its date is given
     */
    public void cite(String newUrl, String newPublication, LocalDate newPublishedOn) {
        citeAs(newUrl, newPublication, newPublishedOn);
    }

    private void citeAs(String newUrl, String newPublication, LocalDate newPublishedOn) {
        String link = Require.optionalText(newUrl, URL_LENGTH, "url");
        String name = Require.optionalText(newPublication, PUBLICATION_LENGTH, "publication");
        if (link == null && (name == null || newPublishedOn == null)) {
            // The message stands next to what is missing: nothing at all, the publication, or its date.
            String missing = name == null && newPublishedOn == null ? "url" : name == null ? "publication" : "date";
            throw new NotebookException(missing, "notebook.source.incomplete");
        }
        if (link != null && !link.matches(URL_PATTERN)) {
            throw new IllegalArgumentException("url must be http or https");
        }
        this.url = link;
        this.publication = name;
        this.publishedOn = newPublishedOn;
    }

    public String getUrl() {
        return url;
    }

    public String getPublication() {
        return publication;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }
}
