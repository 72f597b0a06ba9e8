package be.dagpuzzel.settings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.ui.Messages;

/**
 * The fields of one template slot as the user types them. {@link #storable} turns them into
 * details that are valid as a whole: a field that is wrong keeps the stored value and gets a
 * message, so the fields that are right are still stored.
 */
public final class SlotFormModel {

    public static final String FIELD_LABEL = "label";
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final ObjectProperty<TaskType> taskType = new SimpleObjectProperty<>(this, "taskType");
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty people = new SimpleStringProperty(this, "people", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private TemplateSlot slot;

    public ObjectProperty<TaskType> taskTypeProperty() {
        return taskType;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty peopleProperty() {
        return people;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The slot being edited, as stored; empty when no slot is chosen. */
    public Optional<TemplateSlot> slot() {
        return Optional.ofNullable(slot);
    }

    public static String time(LocalTime time) {
        return HOURS.format(time);
    }

    /** Shows a slot; the messages of the previous one go. */
    public void fill(TemplateSlot newSlot, TaskType type) {
        slot = newSlot;
        errors.clear();
        taskType.set(newSlot == null ? null : type);
        label.set(newSlot == null ? "" : newSlot.label());
        start.set(newSlot == null ? "" : time(newSlot.hours().start()));
        end.set(newSlot == null ? "" : time(newSlot.hours().end()));
        people.set(newSlot == null ? "" : String.valueOf(newSlot.peopleNeeded()));
    }

    /** The stored slot has been saved anew; the fields as typed stay. */
    void stored(TemplateSlot saved) {
        slot = saved;
    }

    /** Puts one field back to its stored value (Escape). */
    public void revert(String field) {
        if (slot == null) {
            return;
        }
        switch (field) {
            case DayTemplateService.FIELD_START -> start.set(time(slot.hours().start()));
            case DayTemplateService.FIELD_END -> end.set(time(slot.hours().end()));
            case DayTemplateService.FIELD_PEOPLE -> people.set(String.valueOf(slot.peopleNeeded()));
            case FIELD_LABEL -> label.set(slot.label());
            default -> { }
        }
        errors.remove(field);
        if (field.equals(DayTemplateService.FIELD_START) || field.equals(DayTemplateService.FIELD_END)) {
            errors.remove(DayTemplateService.FIELD_START);
            errors.remove(DayTemplateService.FIELD_END);
        }
    }

    /** Whether a field holds text that is not stored yet. */
    public boolean changed() {
        return slot != null && (!label.get().strip().equals(slot.label())
                || !start.get().strip().equals(time(slot.hours().start()))
                || !end.get().strip().equals(time(slot.hours().end()))
                || !people.get().strip().equals(String.valueOf(slot.peopleNeeded()))
                || taskType.get() != null && taskType.get().id() != slot.taskTypeId());
    }

    /** Checks the fields and fills {@link #errors()}; answers details that may be stored. */
    public TemplateSlotDetails storable(Messages messages) {
        errors.clear();
        long typeId = taskType.get() == null ? slot.taskTypeId() : taskType.get().id();
        String text = label.get().strip();
        if (text.length() > 100) {
            errors.put(FIELD_LABEL, messages.format("validation.tooLong", 100));
            text = slot.label();
        }
        LocalTime from = TimeText.parse(start.get()).orElse(null);
        if (from == null) {
            errors.put(DayTemplateService.FIELD_START, messages.get("validation.time"));
            from = slot.hours().start();
        }
        LocalTime to = TimeText.parse(end.get()).orElse(null);
        if (to == null) {
            errors.put(DayTemplateService.FIELD_END, messages.get("validation.time"));
            to = slot.hours().end();
        }
        if (!to.isAfter(from)) {
            boolean endChanged = !to.equals(slot.hours().end());
            errors.put(endChanged ? DayTemplateService.FIELD_END : DayTemplateService.FIELD_START,
                    messages.get("validation.endBeforeStart"));
            if (endChanged) {
                to = slot.hours().end();
            } else {
                from = slot.hours().start();
            }
            if (!to.isAfter(from)) {
                from = slot.hours().start();
                to = slot.hours().end();
            }
        }
        int count = slot.peopleNeeded();
        try {
            count = Integer.parseInt(people.get().strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > 20) {
            errors.put(DayTemplateService.FIELD_PEOPLE, messages.format("validation.between", 1, 20));
            count = slot.peopleNeeded();
        }
        return new TemplateSlotDetails(slot.weekday(), typeId, text, from, to, count);
    }

    static TemplateSlotDetails detailsOf(TemplateSlot slot) {
        return new TemplateSlotDetails(slot.weekday(), slot.taskTypeId(), slot.label(), slot.hours().start(),
                slot.hours().end(), slot.peopleNeeded());
    }
}
