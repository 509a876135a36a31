package org.rapport.research;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rapport.connectors.Connector;
import org.rapport.platform.Require;

/**
 * News worth bringing to a connector (a product launch, a merger, an article they wrote): giving something back
 * in a meeting. It can be flagged for an upcoming meeting and aimed at one of the student's connectors.
 */
@Entity
@Table(name = "research_news_item")
public class NewsItem extends NotePart {

    private static final long serialVersionUID = 1L;

    public static final int TEXT_LENGTH = 1000;
    public static final int URL_LENGTH = NoteSource.URL_LENGTH;

    @NotBlank(message = "{notebook.news.required}")
    @Size(max = TEXT_LENGTH, message = "{field.tooLong}")
    @Column(name = "text", length = TEXT_LENGTH, nullable = false)
    private String text;

    @Size(max = URL_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = NoteSource.URL_PATTERN, message = "{notebook.url.invalid}")
    @Column(name = "url", length = URL_LENGTH)
    private String url;

    @Column(name = "for_meeting", nullable = false)
    private boolean forUpcomingMeeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "connector_id")
    private Connector meantFor;

    protected NewsItem() {
        // for JPA
    }

    public NewsItem(ResearchNote note, String text, String url) {
        super(note);
        describeAs(text, url);
    }

    /** What the news is and where to read it. */
    public void describe(String newText, String newUrl) {
        describeAs(newText, newUrl);
    }

    private void describeAs(String newText, String newUrl) {
        String link = Require.optionalText(newUrl, URL_LENGTH, "url");
        if (link != null && !link.matches(NoteSource.URL_PATTERN)) {
            throw new IllegalArgumentException("url must be http or https");
        }
        this.text = Require.text(newText, TEXT_LENGTH, "text");
        this.url = link;
    }

    /**
     * Whom the news is for (one of the student's own connectors, or nobody yet) and whether to bring it to the
     * next meeting.
     */
    public void aimAt(Connector connector, boolean bringToUpcomingMeeting) {
        if (connector != null && !getNote().isOwnConnector(connector)) {
            throw new IllegalArgumentException("connector " + connector.getId() + " is not the student's own");
        }
        this.meantFor = connector;
        this.forUpcomingMeeting = bringToUpcomingMeeting;
    }

    public String getText() {
        return text;
    }

    public String getUrl() {
        return url;
    }

    public boolean isForUpcomingMeeting() {
        return forUpcomingMeeting;
    }

    public Connector getMeantFor() {
        return meantFor;
    }
}
