package org.rapport.research.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.Messages;
import org.rapport.research.NewsForm;
import org.rapport.research.NoteItemsService;
import org.rapport.research.PartKind;

/** Backs the news section of {@code /student/note}: news to bring to a connector, flagged for a meeting. */
@Named
@ViewScoped
public class NoteNewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "news";

    @Inject
    private NoteItemsService items;

    @Inject
    private NoteEditBacking note;

    private NewsForm form = new NewsForm();

    public void save() {
        if (NotebookActions.attempt(FORM, () -> items.saveNews(note.getId(), form))) {
            form = new NewsForm();
            Messages.info("notebook.news.saved");
        }
        note.refresh();
    }

    public void edit(long newsId) {
        NotebookActions.attempt(FORM, () -> form = items.newsForEditing(note.getId(), newsId));
    }

    public void cancel() {
        form = new NewsForm();
    }

    public void remove(long newsId) {
        if (NotebookActions.attempt(FORM, () -> items.remove(note.getId(), PartKind.NEWS, newsId))) {
            Messages.info("notebook.part.removed");
        }
        note.refresh();
    }

    public NewsForm getForm() {
        return form;
    }
}
