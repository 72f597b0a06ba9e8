package be.dagpuzzel.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.core.WorkingDays;
import be.dagpuzzel.store.Store;

/**
 * What a normal day needs: the template slots per weekday, and the days the centre is closed.
 * A weekday without slots is a closed day (the weekend).
 */
public final class DayTemplateService {

    public static final String FIELD_TASK = "taskType";
    public static final String FIELD_START = "start";
    public static final String FIELD_END = "end";
    public static final String FIELD_PEOPLE = "people";
    public static final String FIELD_DATE = "date";

    private final Store store;
    private final DayTemplateRepository repository;

    public DayTemplateService(Store store, DayTemplateRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    public List<TemplateSlot> slots(DayOfWeek weekday) {
        return repository.slots(store.dsl(), weekday);
    }

    public List<TemplateSlot> allSlots() {
        return repository.allSlots(store.dsl());
    }

    public TemplateSlot addSlot(TemplateSlotDetails details) {
        TimeRange hours = validate(details);
        return store.transactionResult(dsl -> repository.insert(dsl, details.weekday(), details.taskTypeId(),
                details.label(), hours, details.peopleNeeded()));
    }

    public TemplateSlot updateSlot(long id, TemplateSlotDetails details) {
        TimeRange hours = validate(details);
        return store.transactionResult(dsl -> repository.update(dsl, id, details.taskTypeId(), details.label(), hours,
                details.peopleNeeded()));
    }

    public void removeSlot(long id) {
        store.transaction(dsl -> repository.delete(dsl, id));
    }

    /** Puts the weekday's slots in the given order. */
    public void reorder(List<Long> slotIds) {
        store.transaction(dsl -> repository.setOrder(dsl, slotIds));
    }

    /** Copies one weekday's slots onto another, replacing what that day had. */
    public void copyDay(DayOfWeek from, DayOfWeek to) {
        store.transaction(dsl -> {
            repository.slots(dsl, to).forEach(s -> repository.delete(dsl, s.id()));
            for (TemplateSlot s : repository.slots(dsl, from)) {
                repository.insert(dsl, to, s.taskTypeId(), s.label(), s.hours(), s.peopleNeeded());
            }
        });
    }

    private static TimeRange validate(TemplateSlotDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.taskTypeId() == null) {
            errors.add(FieldError.of(FIELD_TASK, "validation.required"));
        }
        if (d.start() == null) {
            errors.add(FieldError.of(FIELD_START, "validation.time"));
        }
        if (d.end() == null) {
            errors.add(FieldError.of(FIELD_END, "validation.time"));
        }
        if (d.start() != null && d.end() != null && !d.end().isAfter(d.start())) {
            errors.add(FieldError.of(FIELD_END, "validation.endBeforeStart"));
        }
        if (d.peopleNeeded() < 1 || d.peopleNeeded() > 20) {
            errors.add(FieldError.of(FIELD_PEOPLE, "validation.between", 1, 20));
        }
        if (d.label().length() > 100) {
            errors.add(FieldError.of("label", "validation.tooLong", 100));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TimeRange(d.start(), d.end());
    }

    public List<ClosingDay> closingDays() {
        return repository.closingDays(store.dsl());
    }

    public void addClosingDay(ClosingDay day) {
        if (day.date() == null) {
            throw new ValidationException(List.of(FieldError.of(FIELD_DATE, "validation.date")));
        }
        if (closingDays().stream().anyMatch(c -> c.date().equals(day.date()))) {
            throw new ValidationException(List.of(FieldError.of(FIELD_DATE, "validation.closingDayExists")));
        }
        store.transaction(dsl -> repository.insertClosingDay(dsl, day));
    }

    public void removeClosingDay(LocalDate date) {
        store.transaction(dsl -> repository.deleteClosingDay(dsl, date));
    }

    /** Working days as the centre has them now: Monday to Friday without the closing days. */
    public WorkingDays workingDays() {
        Set<LocalDate> closed = closingDays().stream().map(ClosingDay::date).collect(Collectors.toSet());
        return new WorkingDays(closed::contains);
    }
}
