package be.dagpuzzel.settings;

import java.time.DayOfWeek;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The stored edits of day-template slots, newest first, each able to take itself back. A slot
 * that comes back after a removal gets a new id; the older edits are told so they still find it.
 */
final class SlotEditHistory {

    private static final int LIMIT = 100;

    /** One stored edit; {@link #weekday()} is the day it changed. */
    sealed interface Edit {
        DayOfWeek weekday();

        Edit renumbered(long oldId, long newId);
    }

    /** A slot's fields were changed; {@code before} is how it was. */
    record Changed(TemplateSlot before) implements Edit {
        public DayOfWeek weekday() {
            return before.weekday();
        }

        public Edit renumbered(long oldId, long newId) {
            return before.id() != oldId ? this : new Changed(new TemplateSlot(newId, before.weekday(),
                    before.taskTypeId(), before.label(), before.hours(), before.peopleNeeded()));
        }
    }

    record Added(TemplateSlot slot) implements Edit {
        public DayOfWeek weekday() {
            return slot.weekday();
        }

        public Edit renumbered(long oldId, long newId) {
            return slot.id() != oldId ? this : new Added(new TemplateSlot(newId, slot.weekday(), slot.taskTypeId(),
                    slot.label(), slot.hours(), slot.peopleNeeded()));
        }
    }

    /** A slot was removed; {@code order} is the day's order of slot ids before. */
    record Removed(TemplateSlot slot, List<Long> order) implements Edit {
        public DayOfWeek weekday() {
            return slot.weekday();
        }

        public Edit renumbered(long oldId, long newId) {
            return new Removed(slot, renumber(order, oldId, newId));
        }
    }

    record Moved(DayOfWeek weekday, List<Long> order) implements Edit {
        public Edit renumbered(long oldId, long newId) {
            return new Moved(weekday, renumber(order, oldId, newId));
        }
    }

    private final Deque<Edit> edits = new ArrayDeque<>();

    void push(Edit edit) {
        edits.push(edit);
        while (edits.size() > LIMIT) {
            edits.removeLast();
        }
    }

    Optional<Edit> pop() {
        return Optional.ofNullable(edits.poll());
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    /** A day was replaced as a whole: its older edits point to slots that are gone. */
    void forget(DayOfWeek day) {
        edits.removeIf(e -> e.weekday() == day);
    }

    /**
     * Takes an edit back in the store (off the FX thread) and answers the id of the slot to show.
     * A slot brought back gets a new id: then call {@link #renumber} on the FX thread.
     */
    Long undo(Edit edit, DayTemplateService templates) {
        return switch (edit) {
            case Changed c -> templates.updateSlot(c.before().id(), SlotFormModel.detailsOf(c.before())).id();
            case Added a -> {
                templates.removeSlot(a.slot().id());
                yield null;
            }
            case Moved m -> {
                templates.reorder(m.order());
                yield null;
            }
            case Removed r -> {
                TemplateSlot back = templates.addSlot(SlotFormModel.detailsOf(r.slot()));
                List<Long> now = templates.slots(r.weekday()).stream().map(TemplateSlot::id).toList();
                List<Long> order = new ArrayList<>(renumber(r.order(), r.slot().id(), back.id()));
                order.retainAll(now);
                now.stream().filter(id -> !order.contains(id)).forEach(order::add);
                templates.reorder(order);
                yield back.id();
            }
        };
    }

    /** The slot once known as {@code oldId} is now {@code newId}. */
    void renumber(long oldId, long newId) {
        List<Edit> renumbered = edits.stream().map(e -> e.renumbered(oldId, newId)).toList();
        edits.clear();
        edits.addAll(renumbered);
    }

    private static List<Long> renumber(List<Long> ids, long oldId, long newId) {
        return ids.stream().map(id -> id == oldId ? newId : id).toList();
    }
}
