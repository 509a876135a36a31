package org.rapport.meetings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a ranked question list: where the planned length runs out (the time line), keeping must-ask items
 * above it, moving one item by keyboard, and merging an order submitted from a stale tab with the list as it is now,
 * so that no item is ever lost.
 */
public final class QuestionRanking {

    /** What ranking needs to know of a list item. */
    public interface Item {
        long id();

        int minutes();

        boolean mustAsk();
    }

    private QuestionRanking() {
    }

    /**
     * The index of the first item that no longer fits in {@code plannedMinutes} (the list's size when all fit). Items
     * from there on are asked only if time allows.
     */
    public static int lineIndex(List<? extends Item> ordered, int plannedMinutes) {
        int used = 0;
        for (int i = 0; i < ordered.size(); i++) {
            used += ordered.get(i).minutes();
            if (used > plannedMinutes) {
                return i;
            }
        }
        return ordered.size();
    }

    /** Minutes the whole list takes. */
    public static int totalMinutes(List<? extends Item> items) {
        return items.stream().mapToInt(Item::minutes).sum();
    }

    /**
     * The same items arranged so that every must-ask item that fits in the planned time is above the time line. Time
     * is reserved for the must-ask items first (in the student's order, as many as fit); the other items then keep
     * the student's order above the line while they fit beside that reservation, and go below it, still in the
     * student's order, from the first one that does not. A must-ask item that cannot fit stays below the line (the
     * over-time check says so). A list that already keeps its must-ask items in time is returned unchanged.
     */
    public static <T extends Item> List<T> keepMustAskInTime(List<T> ordered, int plannedMinutes) {
        Set<T> reserved = new java.util.HashSet<>();
        int reserve = 0;
        for (T item : ordered) {
            if (item.mustAsk() && reserve + item.minutes() <= plannedMinutes) {
                reserved.add(item);
                reserve += item.minutes();
            }
        }
        List<T> above = new ArrayList<>();
        List<T> below = new ArrayList<>();
        int used = 0;
        boolean overflowed = false;
        for (T item : ordered) {
            if (reserved.contains(item)) {
                above.add(item);
                used += item.minutes();
                reserve -= item.minutes();
            } else if (!item.mustAsk() && !overflowed && used + item.minutes() + reserve <= plannedMinutes) {
                above.add(item);
                used += item.minutes();
            } else {
                overflowed |= !item.mustAsk();
                below.add(item);
            }
        }
        above.addAll(below);
        return above;
    }

    /** The order with one item moved up ({@code -1}) or down ({@code +1}); unchanged at either end. */
    public static <T extends Item> List<T> move(List<T> ordered, long id, int step) {
        List<T> list = new ArrayList<>(ordered);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == id) {
                int target = i + Integer.signum(step);
                if (target >= 0 && target < list.size()) {
                    list.add(target, list.remove(i));
                }
                return list;
            }
        }
        return list;
    }

    /**
     * Merges an order a screen submitted with the items the list holds now: the submitted ids still on the list, in
     * the submitted order, then the items the screen did not know of (added in another tab) in their current order.
     * Ids no longer on the list (removed in another tab) are dropped. No current item is ever lost.
     */
    public static List<Long> merge(List<Long> current, List<Long> submitted) {
        Set<Long> present = new LinkedHashSet<>(current);
        Set<Long> merged = new LinkedHashSet<>();
        for (Long id : submitted) {
            if (present.contains(id)) {
                merged.add(id);
            }
        }
        merged.addAll(current);
        return List.copyOf(merged);
    }
}
