package org.rapport.connectors;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rapport.platform.BusinessException;

/**
 * A connector other records refer to cannot be deleted; it can be archived. It carries what refers to it: a bundle
 * key per kind of record (with {0} for the count) and how many.
 */
public class ConnectorInUseException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, Long> references;

    public ConnectorInUseException(String name, Map<String, Long> references) {
        super("connector.delete.inUse", name);
        this.references = new LinkedHashMap<>(references);
    }

    public Map<String, Long> getReferences() {
        return java.util.Collections.unmodifiableMap(references);
    }
}
