package org.rapport.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The last statement counts by probe name (at most 200, oldest dropped); read by the tests. */
@ApplicationScoped
public class StatementCounts {

    private static final int KEEP = 200;

    private final Map<String, Integer> byProbe = Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > KEEP;
        }
    });

    void record(String probe, int statements) {
        byProbe.put(probe, statements);
    }

    public Optional<Integer> forProbe(String probe) {
        return Optional.ofNullable(byProbe.get(probe));
    }
}
