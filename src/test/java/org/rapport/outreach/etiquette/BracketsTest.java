package org.rapport.outreach.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BracketsTest {

    @Test
    void templateGapsAreFoundInOrderOnce() {
        String draft = "Dear Freya,\nI especially appreciated your advice about [the part that helped you most].\n"
                + "We spoke recently: [one thing you learned]. Again: [the part that helped you most].";
        assertEquals(List.of("[the part that helped you most]", "[one thing you learned]"),
                Brackets.unfilledIn(draft));
    }

    @Test
    void aFilledDraftAndOrdinaryTextHaveNone() {
        assertEquals(List.of(), Brackets.unfilledIn(null));
        assertEquals(List.of(), Brackets.unfilledIn("Thank you for your advice about pricing models."));
        assertEquals(List.of(), Brackets.unfilledIn("An empty pair [] and one [across\ntwo lines] stay."),
                "an empty pair is not a gap, and a bracket is read on its own line only");
        assertEquals(List.of(), Brackets.unfilledIn("[" + "x".repeat(121) + "]"), "too long to be a note to fill");
    }
}
