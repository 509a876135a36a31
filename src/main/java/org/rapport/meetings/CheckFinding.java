package org.rapport.meetings;

import java.io.Serializable;
import java.util.List;

/**
 * One check that speaks to a list: which check, the item it concerns ({@code null} for the whole list) and the
 * values its message is formatted with.
 */
public record CheckFinding(GentleCheck check, Long itemId, List<Serializable> arguments) implements Serializable {

    public CheckFinding {
        arguments = List.copyOf(arguments);
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
