package org.rapport.platform;

/**
 * One page of a list, as a screen asks for it: where it starts, how many rows, and an optional sort (a key the
 * feature maps to a column from its own whitelist, never raw JPQL) and filter text.
 */
public record PageRequest(int first, int size, String sortKey, boolean ascending, String filter) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        filter = filter == null || filter.isBlank() ? null : filter.strip();
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, null);
    }
}
