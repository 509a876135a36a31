package org.rapport.platform;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while counting is switched on for it (see
 * {@code StatementCountFilter}), so tests can prove a page runs a fixed number of queries, not one per row.
 * Registered in persistence.xml; costs one thread-local read per statement when off.
 */
public class StatementCounter implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on this thread and returns the count. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }
}
