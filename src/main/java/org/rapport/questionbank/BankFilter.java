package org.rapport.questionbank;

import java.io.Serializable;

/**
 * Which bank questions a list shows: a category (or all), live or retired ones, a connector level the question
 * suits (or any), and words the wording or focus tags contain.
 */
public record BankFilter(QuestionCategory category, boolean retired, org.rapport.connectors.ConnectorLevel level,
                         String words) implements Serializable {

    public static BankFilter live() {
        return new BankFilter(null, false, null, null);
    }
}
