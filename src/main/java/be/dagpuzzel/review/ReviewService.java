package be.dagpuzzel.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.core.WorkingDays;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PastAssignment;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.TransportService;

/**
 * The end-of-day review: reads a day's plan from the roster with what really happened next to it,
 * who was here and their feedback, incidents, reminders and the transport in short; stores every
 * edit at once; says who is not yet reviewed and which past days have no review; and gives the
 * morning board what it must not forget from the days before.
 */
public final class ReviewService {

    public static final String FIELD_NOTE = "note";
    public static final String FIELD_START = "start";
    public static final String FIELD_END = "end";
    public static final String FIELD_PERSON = "person";
    public static final String FIELD_WHAT = "whatHappened";
    public static final String FIELD_ACTION = "actionTaken";
    public static final String FIELD_KIND = "kind";
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_DUE = "due";
    public static final String FIELD_TO = "to";

    private final Store store;
    private final ReviewRepository repository;
    private final RosterService roster;
    private final StaffService staff;
    private final ParticipantService participants;
    private final TransportService transport;
    private final DayTemplateService templates;
    private final Clock clock;

    public ReviewService(Store store, ReviewRepository repository, RosterService roster, StaffService staff,
                         ParticipantService participants, TransportService transport, DayTemplateService templates,
                         Clock clock) {
        this.store = store;
        this.repository = repository;
        this.roster = roster;
        this.staff = staff;
        this.participants = participants;
        this.transport = transport;
        this.templates = templates;
        this.clock = clock;
        staff.addHistory(repository::hasHistory);
    }

    // ---- reading a day

    /** The review of {@code date}: the plan as stored on the roster, the actuals, feedback, incidents and the rest. */
    public DayReview day(LocalDate date) {
        DayBoard board = roster.open(date);
        DSLContext dsl = store.dsl();
        Map<String, PlaceActual> actuals = repository.actuals(dsl, date).stream()
                .collect(Collectors.toMap(a -> a.slotId() + "#" + a.position(), a -> a));
        List<ReviewPlace> places = new ArrayList<>();
        for (RosterSlot slot : board.slots()) {
            for (int position = 0; position < slot.peopleNeeded(); position++) {
                places.add(new ReviewPlace(slot, position,
                        board.assignmentAt(slot.id(), position).map(a -> a.staffId()),
                        actuals.getOrDefault(slot.id() + "#" + position,
                                PlaceActual.asPlanned(date, slot.id(), position))));
            }
        }
        Map<Long, String> staffNames = staffNames();
        List<WorkerDay> workers = board.workingDay() ? workers(board, places, staffNames) : List.of();
        List<Long> here = board.workingDay()
                ? participants.attendance(date).coming().stream().map(Participant::id).toList() : List.of();
        TransportSummary transportSummary = board.workingDay() ? TransportSummary.of(transport.day(date))
                : TransportSummary.NONE;
        return new DayReview(date, board.workingDay(), places, workers, repository.observations(dsl, date, date),
                repository.incidentsOn(dsl, date), repository.remindersWrittenOn(dsl, date), transportSummary,
                repository.reviewedAt(dsl, date), board.taskTypes(), staffNames, participantNames(), here,
                staff.all().stream().filter(m -> !m.archived()).map(StaffMember::id).toList(),
                templates.workingDays().next(date));
    }

    /**
     * Who was here: everyone expected that day (scheduled, not away the whole day), those who came
     * in extra, and whoever really did a place; each with the places they really filled.
     */
    private static List<WorkerDay> workers(DayBoard board, List<ReviewPlace> places, Map<Long, String> names) {
        Map<Long, List<ReviewPlace>> done = new LinkedHashMap<>();
        for (ReviewPlace p : places) {
            p.doneBy().ifPresent(id -> done.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        }
        Set<Long> here = new java.util.LinkedHashSet<>();
        for (StaffDay d : board.staff()) {
            if (d.isExpected() || board.extra(d.member().id()).isPresent()) {
                here.add(d.member().id());
            }
        }
        here.addAll(done.keySet());
        return here.stream().map(id -> new WorkerDay(id, names.getOrDefault(id, "?"), done.getOrDefault(id, List.of())))
                .sorted(java.util.Comparator.comparing(WorkerDay::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private Map<Long, String> staffNames() {
        Map<Long, String> names = new HashMap<>();
        for (StaffMember m : staff.all()) {
            names.put(m.id(), m.fullName());
        }
        return names;
    }

    private Map<Long, String> participantNames() {
        Map<Long, String> names = new HashMap<>();
        for (Participant p : participants.all()) {
            names.put(p.id(), p.fullName());
        }
        return names;
    }

    // ---- actuals

    /**
     * Stores what really happened on a place. Someone else than planned, a later start within the
     * slot's hours, an earlier end, a note; the same person or the planned hours count as planned.
     */
    public PlaceActual saveActual(PlaceActual actual) {
        DayBoard board = roster.open(actual.date());
        RosterSlot slot = board.slots().stream().filter(s -> s.id() == actual.slotId()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("slot " + actual.slotId() + " is not on " + actual.date()));
        Optional<Long> planned = board.assignmentAt(slot.id(), actual.position()).map(a -> a.staffId());
        Optional<Long> person = actual.actualStaffId().filter(id -> !id.equals(planned.orElse(null)));
        Optional<LocalTime> start = actual.start().filter(t -> !t.equals(slot.hours().start()));
        Optional<LocalTime> end = actual.end().filter(t -> !t.equals(slot.hours().end()));
        List<FieldError> errors = new ArrayList<>();
        if (start.filter(t -> t.isBefore(slot.hours().start()) || !t.isBefore(slot.hours().end())).isPresent()) {
            errors.add(FieldError.of(FIELD_START, "review.actual.startOutside", slot.hours().toString()));
        }
        if (end.filter(t -> !t.isAfter(slot.hours().start()) || t.isAfter(slot.hours().end())).isPresent()) {
            errors.add(FieldError.of(FIELD_END, "review.actual.endOutside", slot.hours().toString()));
        } else if (end.isPresent() && start.isPresent() && !end.get().isAfter(start.get())) {
            errors.add(FieldError.of(FIELD_END, "validation.endBeforeStart"));
        }
        if (actual.note().length() > 500) {
            errors.add(FieldError.of(FIELD_NOTE, "validation.tooLong", 500));
        }
        if (person.isPresent() && staff.find(person.get()).isEmpty()) {
            errors.add(FieldError.of(FIELD_PERSON, "review.unknownPerson"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        PlaceActual stored = new PlaceActual(actual.date(), slot.id(), actual.position(), person, start, end,
                actual.note());
        store.transaction(dsl -> repository.saveActual(dsl, stored));
        return stored;
    }

    // ---- feedback

    /** Stores a feedback line: a new one (id 0) is added, a stored one changed. */
    public Observation saveObservation(Observation line) {
        List<FieldError> errors = new ArrayList<>();
        if (line.note().length() > Observation.NOTE_MAX) {
            errors.add(FieldError.of(FIELD_NOTE, "validation.tooLong", Observation.NOTE_MAX));
        }
        if (staff.find(line.staffId()).isEmpty()) {
            errors.add(FieldError.of(FIELD_PERSON, "review.unknownPerson"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.transactionResult(dsl -> {
            if (line.id() != 0 && repository.updateObservation(dsl, line)) {
                return line;
            }
            return line.withId(repository.insertObservation(dsl, line));
        });
    }

    /**
     * Adds many new feedback lines in one transaction (a past brought in at once, such as the demo
     * centre's history), checked as {@link #saveObservation} checks one; all or none. Gives them with
     * their ids, in the order given.
     */
    public List<Observation> addObservations(List<Observation> lines) {
        Set<Long> known = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        for (Observation line : lines) {
            if (line.note().length() > Observation.NOTE_MAX) {
                errors.add(FieldError.of(FIELD_NOTE, "validation.tooLong", Observation.NOTE_MAX));
            }
            if (!known.contains(line.staffId())) {
                if (staff.find(line.staffId()).isEmpty()) {
                    errors.add(FieldError.of(FIELD_PERSON, "review.unknownPerson"));
                } else {
                    known.add(line.staffId());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.transactionResult(dsl -> {
            List<Observation> stored = new ArrayList<>(lines.size());
            for (Observation line : lines) {
                stored.add(line.withId(repository.insertObservation(dsl, line)));
            }
            return stored;
        });
    }

    /** Takes a feedback line away again (the undo of its first storing). */
    public void removeObservation(long id) {
        store.transaction(dsl -> repository.deleteObservation(dsl, id));
    }

    // ---- the day as reviewed

    /**
     * Marks the day as reviewed; whoever was here and has no feedback yet gets a "went well" line.
     * Returns the lines added, so that an undo can take them away again.
     */
    public List<Observation> markReviewed(LocalDate date) {
        DayReview review = day(date);
        LocalDateTime now = LocalDateTime.now(clock);
        return store.transactionResult(dsl -> {
            List<Observation> added = new ArrayList<>();
            for (WorkerDay w : review.withoutFeedback()) {
                Observation line = w.defaultLine(date);
                added.add(line.withId(repository.insertObservation(dsl, line)));
            }
            repository.mark(dsl, date, now);
            return added;
        });
    }

    /** Takes the mark away (and the lines it added, when given): the undo of {@link #markReviewed}. */
    public void unmarkReviewed(LocalDate date, List<Observation> added) {
        store.transaction(dsl -> {
            repository.unmark(dsl, date);
            added.forEach(o -> repository.deleteObservation(dsl, o.id()));
        });
    }

    /**
     * The working days of the last four weeks before {@code today} that had a roster with people on
     * it and are not marked as reviewed, newest first.
     */
    public List<LocalDate> daysWithoutReview(LocalDate today) {
        DayBoard board = roster.open(today);
        WorkingDays workingDays = templates.workingDays();
        Set<LocalDate> planned = board.history().stream().map(PastAssignment::day)
                .filter(d -> d.isBefore(today) && workingDays.isWorkingDay(d))
                .collect(Collectors.toCollection(TreeSet::new));
        if (planned.isEmpty()) {
            return List.of();
        }
        planned.removeAll(repository.reviewedDays(store.dsl(), ((TreeSet<LocalDate>) planned).first(), today));
        return List.copyOf(((TreeSet<LocalDate>) planned).descendingSet());
    }

    // ---- incidents

    public Incident saveIncident(Incident incident) {
        List<FieldError> errors = new ArrayList<>();
        if (incident.kind() == null) {
            errors.add(FieldError.of(FIELD_KIND, "validation.required"));
        }
        if (incident.whatHappened().isEmpty()) {
            errors.add(FieldError.of(FIELD_WHAT, "validation.required"));
        } else if (incident.whatHappened().length() > Incident.TEXT_MAX) {
            errors.add(FieldError.of(FIELD_WHAT, "validation.tooLong", Incident.TEXT_MAX));
        }
        if (incident.actionTaken().length() > Incident.TEXT_MAX) {
            errors.add(FieldError.of(FIELD_ACTION, "validation.tooLong", Incident.TEXT_MAX));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        return incident.withId(store.transactionResult(dsl -> repository.saveIncident(dsl, incident, now)));
    }

    public void removeIncident(long id) {
        store.transaction(dsl -> repository.deleteIncident(dsl, id));
    }

    /** Ticks off (or opens again) an incident's follow-up. */
    public void setFollowUpDone(long incidentId, boolean done) {
        LocalDateTime now = LocalDateTime.now(clock);
        store.transaction(dsl -> repository.setFollowUpDone(dsl, incidentId, done, now));
    }

    // ---- reminders

    /** A note for {@code due}, for a person or (empty) for the planning, written on {@code writtenOn}. */
    public Reminder addReminder(LocalDate writtenOn, String text, Optional<Long> forStaffId, LocalDate due) {
        Reminder reminder = new Reminder(0, writtenOn, text, forStaffId, due, false, Optional.empty());
        List<FieldError> errors = new ArrayList<>();
        if (reminder.text().isEmpty()) {
            errors.add(FieldError.of(FIELD_TEXT, "validation.required"));
        } else if (reminder.text().length() > Reminder.TEXT_MAX) {
            errors.add(FieldError.of(FIELD_TEXT, "validation.tooLong", Reminder.TEXT_MAX));
        }
        if (due == null) {
            errors.add(FieldError.of(FIELD_DUE, "validation.date"));
        } else if (due.isBefore(writtenOn)) {
            errors.add(FieldError.of(FIELD_DUE, "review.reminder.dueBeforeWritten"));
        }
        if (reminder.forStaffId().isPresent() && staff.find(reminder.forStaffId().get()).isEmpty()) {
            errors.add(FieldError.of(FIELD_PERSON, "review.unknownPerson"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.transactionResult(dsl -> repository.insertReminder(dsl, reminder, false));
        return new Reminder(id, writtenOn, reminder.text(), reminder.forStaffId(), due, false, Optional.empty());
    }

    /** Ticks a reminder off, or opens it again. */
    public Reminder setReminderDone(long id, boolean done) {
        LocalDateTime now = LocalDateTime.now(clock);
        return store.transactionResult(dsl -> {
            repository.setReminderDone(dsl, id, done, now);
            return repository.reminder(dsl, id).orElseThrow(() -> new IllegalArgumentException("no reminder " + id));
        });
    }

    public void removeReminder(long id) {
        store.transaction(dsl -> repository.deleteReminder(dsl, id));
    }

    /** Puts a removed reminder back as it was (undo). */
    public void restoreReminder(Reminder reminder) {
        store.transaction(dsl -> repository.insertReminder(dsl, reminder, true));
    }

    // ---- the morning board

    /**
     * What the board of {@code date} must show from before: the reminders due by then and still
     * open, incidents whose follow-up is open, and the previous working day's points of attention
     * of the people who are here on {@code date}.
     */
    public CarriedOver carriedOver(LocalDate date) {
        LocalDate previous = templates.workingDays().previous(date);
        DayBoard board = roster.open(date);
        Set<Long> here = board.staff().stream()
                .filter(d -> d.isExpected() || board.extra(d.member().id()).isPresent())
                .map(d -> d.member().id()).collect(Collectors.toSet());
        DSLContext dsl = store.dsl();
        List<Observation> attention = repository.observations(dsl, previous, previous).stream()
                .filter(o -> o.rating() == Rating.ATTENTION && here.contains(o.staffId())).toList();
        return new CarriedOver(date, previous, repository.openReminders(dsl, date), repository.openFollowUps(dsl, date),
                attention, staffNames(), participantNames());
    }

    // ---- searching

    /** Feedback, incidents, reminders and place notes of the period that match, newest first. */
    public List<ReviewHit> search(ReviewSearch query) {
        if (query.from() == null || query.to() == null) {
            throw new ValidationException(List.of(FieldError.of(query.from() == null ? "from" : FIELD_TO,
                    "validation.date")));
        }
        if (query.to().isBefore(query.from())) {
            throw new ValidationException(List.of(FieldError.of(FIELD_TO, "validation.endBeforeStart")));
        }
        return new ReviewFinder(repository, store.dsl(), staffNames(), participantNames()).find(query);
    }
}
