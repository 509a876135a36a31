package org.rapport.questionbank.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.questionbank.QuestionCategory;

/** The fixed choices of the question bank's screens (and the meeting list's picker): the categories, in order. */
@Named
@ApplicationScoped
public class QuestionBankOptions {

    private static final List<QuestionCategory> CATEGORIES = List.of(QuestionCategory.values());

    public List<QuestionCategory> getCategories() {
        return CATEGORIES;
    }
}
