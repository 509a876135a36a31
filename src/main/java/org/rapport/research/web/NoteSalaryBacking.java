package org.rapport.research.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.Messages;
import org.rapport.research.NoteItemsService;
import org.rapport.research.PartKind;
import org.rapport.research.PayPeriod;
import org.rapport.research.SalaryForm;

/** Backs the salary section of {@code /student/note}: what roles pay and on what conditions. */
@Named
@ViewScoped
public class NoteSalaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "salary";

    @Inject
    private NoteItemsService items;

    @Inject
    private NoteEditBacking note;

    private SalaryForm form = new SalaryForm();

    public void save() {
        if (NotebookActions.attempt(FORM, () -> items.saveSalary(note.getId(), form))) {
            form = new SalaryForm();
            Messages.info("notebook.salary.saved");
        }
        note.refresh();
    }

    public void edit(long salaryId) {
        NotebookActions.attempt(FORM, () -> form = items.salaryForEditing(note.getId(), salaryId));
    }

    public void cancel() {
        form = new SalaryForm();
    }

    public void remove(long salaryId) {
        if (NotebookActions.attempt(FORM, () -> items.remove(note.getId(), PartKind.SALARY, salaryId))) {
            Messages.info("notebook.part.removed");
        }
        note.refresh();
    }

    public PayPeriod[] getPeriods() {
        return PayPeriod.values();
    }

    public SalaryForm getForm() {
        return form;
    }
}
