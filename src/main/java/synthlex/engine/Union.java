package synthlex.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The union of a few small immutable lists, in first-seen order. Most obligations rest on one
 * finding, so the union usually is that finding's list: it is shared, and copied only when a
 * later list adds something new.
 */
final class Union<T> {
    private List<T> items = List.of();
    private boolean copied;

    void addAll(List<T> more) {
        if (items.isEmpty() && !copied) {
            items = more;
            return;
        }
        for (T t : more) add(t);
    }

    void add(T item) {
        if (items.contains(item)) return;
        if (!copied) {
            items = new ArrayList<>(items);
            copied = true;
        }
        items.add(item);
    }

    boolean isEmpty() { return items.isEmpty(); }

    int size() { return items.size(); }

    List<T> list() { return copied ? List.copyOf(items) : items; }
}
