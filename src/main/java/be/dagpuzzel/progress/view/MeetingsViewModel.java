package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.ProgrammeRule;
import be.dagpuzzel.ui.Messages;

/**
 * The functioning and evaluation meetings of the open worker: the programme's rule and when the next
 * one is due, the meetings planned and held, and one form to plan a meeting, mark it as held (with
 * its confidential notes and the agreements) or edit it. Every change is stored at once; Ctrl+Z
 * takes it back, a removal too.
 */
public final class MeetingsViewModel {

    public static final String FIELD_PLANNED = "planned";
    public static final String FIELD_HELD = ProgressService.FIELD_DATE;
    public static final String FIELD_NOTES = ProgressService.FIELD_TEXT;
    public static final String FIELD_AGREEMENTS = "agreements";

    /** What the form is doing: closed, planning a new meeting, marking one as held, editing one. */
    public enum Mode { CLOSED, PLAN, HELD, EDIT }

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final StringProperty rule = new SimpleStringProperty(this, "rule", "");
    private final StringProperty next = new SimpleStringProperty(this, "next", "");
    private final BooleanProperty nextLate = new SimpleBooleanProperty(this, "nextLate");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.CLOSED);
    private final ObjectProperty<Meeting> editing = new SimpleObjectProperty<>(this, "editing");
    private final ObjectProperty<MeetingKind> kind = new SimpleObjectProperty<>(this, "kind", MeetingKind.FUNCTIONING);
    private final StringProperty planned = new SimpleStringProperty(this, "planned", "");
    private final StringProperty held = new SimpleStringProperty(this, "held", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty agreements = new SimpleStringProperty(this, "agreements", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Optional<LocalDate> nextDue = Optional.empty();

    public MeetingsViewModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
        page.pageProperty().addListener((obs, old, now) -> show(now));
        show(page.pageProperty().get());
    }

    /** Newest first (by the day they were planned). */
    public ObservableList<Meeting> meetings() {
        return meetings;
    }

    /** "A meeting every 6 months (individual maatwerk)." */
    public StringProperty ruleProperty() {
        return rule;
    }

    /** When the next one is due or planned. */
    public StringProperty nextProperty() {
        return next;
    }

    /** The next meeting is late: due by the rule, or planned and not marked as held. */
    public BooleanProperty nextLateProperty() {
        return nextLate;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The meeting being marked as held or edited; null when planning. */
    public ObjectProperty<Meeting> editingProperty() {
        return editing;
    }

    public ObjectProperty<MeetingKind> kindProperty() {
        return kind;
    }

    public StringProperty plannedProperty() {
        return planned;
    }

    public StringProperty heldProperty() {
        return held;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty agreementsProperty() {
        return agreements;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public String kindName(MeetingKind k) {
        return messages.get(k.messageKey());
    }

    /** Plans a meeting: by default on the day the rule makes it due, when that is still to come. */
    public void startPlan() {
        open(Mode.PLAN, null);
        kind.set(MeetingKind.FUNCTIONING);
        planned.set(nextDue.filter(d -> !d.isBefore(page.today())).map(messages::shortDate).orElse(""));
    }

    /** Marks a meeting as held: on the planned day when that has come, else today. */
    public void startHeld(Meeting m) {
        if (m == null) {
            return;
        }
        open(Mode.HELD, m);
        LocalDate today = page.today();
        held.set(messages.shortDate(m.heldOn().orElse(m.plannedOn().isAfter(today) ? today : m.plannedOn())));
    }

    public void startEdit(Meeting m) {
        if (m == null) {
            return;
        }
        open(Mode.EDIT, m);
        held.set(m.heldOn().map(messages::shortDate).orElse(""));
    }

    private void open(Mode value, Meeting m) {
        errors.clear();
        editing.set(m);
        kind.set(m == null ? MeetingKind.FUNCTIONING : m.kind());
        planned.set(m == null ? "" : messages.shortDate(m.plannedOn()));
        held.set("");
        notes.set(m == null ? "" : m.notes());
        agreements.set(m == null ? "" : m.agreements());
        mode.set(value);
    }

    public void cancel() {
        errors.clear();
        editing.set(null);
        mode.set(Mode.CLOSED);
    }

    /** Stores what the form holds; wrong dates and refusals stay in the form with their message. */
    public void submit() {
        ProgressPage p = page.pageProperty().get();
        Mode now = mode.get();
        if (p == null || now == Mode.CLOSED) {
            return;
        }
        errors.clear();
        LocalDate today = page.today();
        Optional<LocalDate> plannedOn = Typed.comingDate(planned.get(), today);
        if (plannedOn.isEmpty() && now != Mode.HELD) {
            errors.put(FIELD_PLANNED, Typed.dateError(messages, planned.get()));
        }
        Optional<LocalDate> heldOn = Typed.pastDate(held.get(), today);
        boolean heldRequired = now == Mode.HELD;
        if (heldOn.isEmpty() && (heldRequired || !Typed.blank(held.get()))) {
            errors.put(FIELD_HELD, Typed.dateError(messages, held.get()));
        }
        if (!errors.isEmpty()) {
            return;
        }
        Meeting before = editing.get();
        Meeting after = switch (now) {
            case PLAN -> new Meeting(0, p.member().id(), kind.get(), plannedOn.get(), Optional.empty(), "", "");
            case HELD -> new Meeting(before.id(), before.staffId(), kind.get(), before.plannedOn(), heldOn,
                    notes.get(), agreements.get());
            default -> new Meeting(before.id(), before.staffId(), kind.get(), plannedOn.get(), heldOn, notes.get(),
                    agreements.get());
        };
        String description = messages.format(switch (now) {
            case PLAN -> "progress.meetings.undo.plan";
            case HELD -> "progress.meetings.undo.held";
            default -> "progress.meetings.undo.edit";
        }, kindName(after.kind()));
        page.edit(description, work -> progress.saveMeeting(after),
                stored -> before == null ? work -> {
                    progress.removeMeeting(stored.id());
                    return stored;
                } : work -> progress.saveMeeting(before),
                stored -> {
                    if (mode.get() == now && editing.get() == before) {
                        cancel();
                    }
                },
                refused -> Typed.showErrors(refused, errors, messages, Map.of()));
    }

    /** Removes a meeting; Ctrl+Z brings it back as it was. */
    public void remove(Meeting m) {
        if (m == null) {
            return;
        }
        page.edit(messages.format("progress.meetings.undo.remove", kindName(m.kind())), work -> {
            progress.removeMeeting(m.id());
            return m;
        }, was -> work -> progress.saveMeeting(was), stored -> {
            if (editing.get() != null && editing.get().id() == m.id()) {
                cancel();
            }
        }, null);
    }

    private void show(ProgressPage p) {
        if (p == null) {
            meetings.clear();
            rule.set("");
            next.set("");
            nextLate.set(false);
            nextDue = Optional.empty();
            cancel();
            return;
        }
        meetings.setAll(p.meetings().stream().sorted(Comparator.comparing(Meeting::plannedOn).reversed()
                .thenComparing(Comparator.comparing(Meeting::id).reversed())).toList());
        ProgrammeRule r = p.rule();
        String programme = messages.get(p.member().profile().programme().messageKey());
        rule.set(r.meetingEveryMonths().map(months -> messages.format("progress.meetings.rule", months, programme))
                .orElseGet(() -> messages.format("progress.meetings.noRule", programme)));
        nextDue = ProgressService.nextMeeting(r, p.meetings(), p.trajectory().start());
        showNext(p);
        Meeting open = editing.get();
        if (open != null && p.meetings().stream().noneMatch(m -> m.id() == open.id())) {
            cancel();
        }
    }

    /** The due list's meeting line when there is one, else the first planned meeting, else the rule's next date. */
    private void showNext(ProgressPage p) {
        LocalDate today = page.today();
        Optional<Due> due = p.due().stream().filter(d -> d.kind() == Due.Kind.MEETING).findFirst();
        Optional<Meeting> plannedNext = p.meetings().stream().filter(m -> !m.isHeld())
                .min(Comparator.comparing(Meeting::plannedOn));
        if (due.isPresent()) {
            next.set(new ProgressTexts(page).due(due.get()));
            nextLate.set(due.get().overdue());
        } else if (plannedNext.isPresent()) {
            next.set(messages.format("progress.meetings.nextPlanned", kindName(plannedNext.get().kind()),
                    messages.shortDate(plannedNext.get().plannedOn())));
            nextLate.set(plannedNext.get().plannedOn().isBefore(today));
        } else {
            next.set(nextDue.map(d -> messages.format("progress.meetings.nextDue", messages.shortDate(d))).orElse(""));
            nextLate.set(nextDue.filter(d -> d.isBefore(today)).isPresent());
        }
    }
}
