package org.rapport.connectors;

import java.io.Serializable;
import org.rapport.organisations.Industry;

/** What a connector list is narrowed to: quick-search text (name, title, organisation), industry, archived. */
public record ConnectorFilter(String text, Industry industry, boolean includeArchived) implements Serializable {

    public ConnectorFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ConnectorFilter none() {
        return new ConnectorFilter(null, null, false);
    }
}
