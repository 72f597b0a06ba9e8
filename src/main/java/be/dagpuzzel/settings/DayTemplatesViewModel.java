package be.dagpuzzel.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The day templates page: one weekday's slots, the slot being edited, and the edits that
 * Ctrl+Z takes back. Every edit is stored at once; the list follows what was stored.
 */
public final class DayTemplatesViewModel {

    private final TaskRunner runner;
    private final DayTemplateService templates;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private final ObjectProperty<DayOfWeek> weekday = new SimpleObjectProperty<>(this, "weekday", DayOfWeek.MONDAY);
    private final ObservableList<TemplateSlot> slots = FXCollections.observableArrayList();
    private final ObservableList<TaskType> activeTaskTypes = FXCollections.observableArrayList();
    private final ObservableMap<DayOfWeek, Integer> slotCounts = FXCollections.observableHashMap();
    private final ObjectProperty<TemplateSlot> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final SlotFormModel form = new SlotFormModel();
    private final SlotEditHistory history = new SlotEditHistory();
    private Map<Long, TaskType> taskTypes = Map.of();
    private boolean filling;

    public DayTemplatesViewModel(TaskRunner runner, DayTemplateService templates, TaskCatalogue catalogue,
                                 Messages messages) {
        this.runner = runner;
        this.templates = templates;
        this.catalogue = catalogue;
        this.messages = messages;
        weekday.addListener((obs, old, day) -> loadDay(null));
        form.taskTypeProperty().addListener((obs, old, type) -> {
            if (!filling && type != null) {
                commit();
            }
        });
    }

    public ObjectProperty<DayOfWeek> weekdayProperty() {
        return weekday;
    }

    public ObservableList<TemplateSlot> slots() {
        return slots;
    }

    /** The task types a slot can be given (the ones switched on). */
    public ObservableList<TaskType> activeTaskTypes() {
        return activeTaskTypes;
    }

    /** How many slots each weekday has; a day with none is closed. */
    public ObservableMap<DayOfWeek, Integer> slotCounts() {
        return slotCounts;
    }

    public ObjectProperty<TemplateSlot> selectedProperty() {
        return selected;
    }

    /** A short sentence about the last thing done, such as how to undo a removal. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public SlotFormModel form() {
        return form;
    }

    public Optional<TaskType> taskType(long id) {
        return Optional.ofNullable(taskTypes.get(id));
    }

    public String taskTypeName(TaskType type) {
        return type.displayName(messages.codes("taskType."));
    }

    public String dayName(DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL_STANDALONE, messages.locale());
        return name.substring(0, 1).toUpperCase(messages.locale()) + name.substring(1);
    }

    public void load() {
        runner.load(p -> catalogue.taskTypes(), types -> {
            taskTypes = types.stream().collect(Collectors.toMap(TaskType::id, Function.identity()));
            activeTaskTypes.setAll(types.stream().filter(TaskType::active).toList());
            loadDay(null);
        });
    }

    private void loadDay(Long selectId) {
        DayOfWeek day = weekday.get();
        runner.load(p -> templates.allSlots(), all -> {
            for (DayOfWeek d : DayOfWeek.values()) {
                slotCounts.put(d, (int) all.stream().filter(s -> s.weekday() == d).count());
            }
            if (day != weekday.get()) {
                return;
            }
            List<TemplateSlot> ofDay = all.stream().filter(s -> s.weekday() == day).toList();
            slots.setAll(ofDay);
            TemplateSlot keep = ofDay.stream().filter(s -> selectId != null && s.id() == selectId).findFirst()
                    .or(() -> form.slot().flatMap(f -> ofDay.stream().filter(s -> s.id() == f.id()).findFirst()))
                    .orElse(ofDay.isEmpty() ? null : ofDay.getFirst());
            select(keep);
        });
    }

    /** Shows a slot in the form, unless it is the one already there (then the typed text stays). */
    public void select(TemplateSlot slot) {
        selected.set(slot);
        boolean same = slot != null && form.slot().map(TemplateSlot::id).filter(id -> id == slot.id()).isPresent();
        if (same) {
            form.stored(slot);
            return;
        }
        filling = true;
        try {
            form.fill(slot, slot == null ? null : taskTypes.get(slot.taskTypeId()));
        } finally {
            filling = false;
        }
    }

    /** Stores the form's fields that are right; the wrong ones keep their message. */
    public void commit() {
        Optional<TemplateSlot> editing = form.slot();
        if (editing.isEmpty() || !form.changed()) {
            return;
        }
        TemplateSlot before = editing.get();
        TemplateSlotDetails details = form.storable(messages);
        if (details.equals(SlotFormModel.detailsOf(before))) {
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> templates.updateSlot(before.id(), details), saved -> {
            history.push(new SlotEditHistory.Changed(before));
            replace(saved);
        }, this::refused);
    }

    /** Escape: the field shows its stored value again. */
    public void revert(String field) {
        form.revert(field);
    }

    /** Adds a slot right after the chosen one, with its task and hours (or 9:00–12:00), and chooses it. */
    public void add() {
        if (activeTaskTypes.isEmpty()) {
            return;
        }
        TemplateSlot model = selected.get();
        long typeId = model != null ? model.taskTypeId() : activeTaskTypes.getFirst().id();
        LocalTime start = model != null ? model.hours().start() : LocalTime.of(9, 0);
        LocalTime end = model != null ? model.hours().end() : LocalTime.of(12, 0);
        TemplateSlotDetails details = new TemplateSlotDetails(weekday.get(), typeId, "", start, end, 1);
        List<Long> order = new ArrayList<>(ids(slots));
        int place = model == null ? order.size() : order.indexOf(model.id()) + 1;
        runner.run(TaskRunner.Kind.SAVE, p -> {
            TemplateSlot added = templates.addSlot(details);
            order.add(place, added.id());
            templates.reorder(order);
            return added;
        }, added -> {
            history.push(new SlotEditHistory.Added(added));
            notice.set(messages.get("templates.added"));
            loadDay(added.id());
        }, this::refused);
    }

    public void remove() {
        TemplateSlot slot = selected.get();
        if (slot == null) {
            return;
        }
        List<Long> order = ids(slots);
        int index = slots.indexOf(slot);
        runner.run(TaskRunner.Kind.SAVE, p -> {
            templates.removeSlot(slot.id());
            return null;
        }, done -> {
            history.push(new SlotEditHistory.Removed(slot, order));
            notice.set(messages.get("templates.removed"));
            List<TemplateSlot> rest = new ArrayList<>(slots);
            rest.remove(slot);
            form.fill(null, null);
            loadDay(rest.isEmpty() ? null : rest.get(Math.min(index, rest.size() - 1)).id());
        }, this::refused);
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int step) {
        TemplateSlot slot = selected.get();
        int index = slot == null ? -1 : slots.indexOf(slot);
        if (index < 0 || index + step < 0 || index + step >= slots.size()) {
            return;
        }
        List<Long> before = ids(slots);
        List<Long> after = new ArrayList<>(before);
        after.add(index + step, after.remove(index));
        runner.run(TaskRunner.Kind.SAVE, p -> {
            templates.reorder(after);
            return null;
        }, done -> {
            history.push(new SlotEditHistory.Moved(slot.weekday(), before));
            loadDay(slot.id());
        }, this::refused);
    }

    /** Copies the shown day onto another, replacing that day's slots; edits of that day can no longer be undone. */
    public void copyTo(DayOfWeek target) {
        DayOfWeek from = weekday.get();
        if (target == from) {
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> {
            templates.copyDay(from, target);
            return null;
        }, done -> {
            history.forget(target);
            notice.set(messages.format("templates.copied", dayName(from), dayName(target)));
            loadDay(null);
        }, this::refused);
    }

    public boolean canUndo() {
        return !history.isEmpty();
    }

    /** Takes back the last stored edit, on whichever weekday it was, and shows that day. */
    public void undo() {
        if (form.changed()) {
            form.fill(form.slot().orElse(null), form.slot().map(s -> taskTypes.get(s.taskTypeId())).orElse(null));
            return;
        }
        Optional<SlotEditHistory.Edit> last = history.pop();
        if (last.isEmpty()) {
            notice.set(messages.get("templates.nothingToUndo"));
            return;
        }
        SlotEditHistory.Edit edit = last.get();
        runner.run(TaskRunner.Kind.SAVE, p -> history.undo(edit, templates), slotId -> {
            if (edit instanceof SlotEditHistory.Removed removed) {
                history.renumber(removed.slot().id(), slotId);
            }
            notice.set(messages.get("templates.undone"));
            form.fill(null, null);
            if (weekday.get() != edit.weekday()) {
                weekday.set(edit.weekday());
            }
            loadDay(slotId);
        }, this::refused);
    }

    private void replace(TemplateSlot saved) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).id() == saved.id()) {
                slots.set(i, saved);
            }
        }
        form.stored(saved);
        if (selected.get() != null && selected.get().id() == saved.id()) {
            selected.set(saved);
        }
    }

    private void refused(Throwable error) {
        if (error instanceof ValidationException invalid) {
            invalid.errors().forEach(e -> form.errors().put(e.field(), messages.text(e)));
        } else {
            throw new IllegalStateException("storing the day template failed", error);
        }
    }

    private static List<Long> ids(List<TemplateSlot> list) {
        return list.stream().map(TemplateSlot::id).toList();
    }
}
