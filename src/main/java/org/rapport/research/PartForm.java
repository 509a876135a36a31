package org.rapport.research;

import org.rapport.platform.EditForm;

/**
 * What every form for a part of a note carries: which part it edits ({@code null} for a new one) and the version it
 * was filled from, so a part changed meanwhile in another tab is not overwritten.
 */
public abstract class PartForm extends EditForm {

    private static final long serialVersionUID = 1L;
}
