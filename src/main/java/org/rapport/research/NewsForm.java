package org.rapport.research;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A news item as the student types it. */
public class NewsForm extends PartForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{notebook.news.required}")
    @Size(max = NewsItem.TEXT_LENGTH, message = "{field.tooLong}")
    private String text;

    @Size(max = NewsItem.URL_LENGTH, message = "{field.tooLong}")
    @Pattern(regexp = NoteSource.URL_PATTERN, message = "{notebook.url.invalid}")
    private String url;

    private boolean forUpcomingMeeting;

    private Long connectorId;

    public static NewsForm of(NewsItem item) {
        NewsForm form = new NewsForm();
        form.fillFrom(item);
        form.text = item.getText();
        form.url = item.getUrl();
        form.forUpcomingMeeting = item.isForUpcomingMeeting();
        form.connectorId = item.getMeantFor() == null ? null : item.getMeantFor().getId();
        return form;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isForUpcomingMeeting() {
        return forUpcomingMeeting;
    }

    public void setForUpcomingMeeting(boolean forUpcomingMeeting) {
        this.forUpcomingMeeting = forUpcomingMeeting;
    }

    public Long getConnectorId() {
        return connectorId;
    }

    public void setConnectorId(Long connectorId) {
        this.connectorId = connectorId;
    }
}
