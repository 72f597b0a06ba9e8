package be.dagpuzzel.staff.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.staff.Absence;
import be.dagpuzzel.staff.AbsenceDraft;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * "X calls in sick today" in a few keys: type part of a name, Enter picks the first match, Enter
 * again stores a whole-day absence (sick unless another kind is chosen) for the chosen date.
 */
public final class QuickAbsenceViewModel {

    private final TaskRunner runner;
    private final StaffService staff;
    private final Messages messages;
    private final LocalDate date;
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final FilteredList<PersonChoice> matches = new FilteredList<>(people);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<PersonChoice> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final ObjectProperty<AbsenceKind> kind = new SimpleObjectProperty<>(this, "kind", AbsenceKind.SICK);
    private final StringProperty until = new SimpleStringProperty(this, "until", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public QuickAbsenceViewModel(TaskRunner runner, StaffService staff, Messages messages, LocalDate date) {
        this.runner = runner;
        this.staff = staff;
        this.messages = messages;
        this.date = date;
        this.until.set(messages.shortDate(date));
        search.addListener((obs, old, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            matches.setPredicate(p -> needle.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(needle));
            chosen.set(matches.isEmpty() ? null : matches.getFirst());
        });
    }

    /** Loads who could be absent on the date: everyone under contract, those expected first. */
    public void load(Runnable then) {
        runner.load(p -> staff.day(date), days -> {
            List<PersonChoice> choices = days.stream()
                    .sorted(Comparator.comparing((StaffDay d) -> !d.isExpected())
                            .thenComparing(d -> d.member().profile().lastName())
                            .thenComparing(d -> d.member().profile().firstName()))
                    .map(d -> new PersonChoice(d.member().id(), d.member().fullName())).toList();
            people.setAll(choices);
            if (then != null) {
                then.run();
            }
        });
    }

    /** Stores the absence; {@code onSaved} gets a sentence for the status bar. */
    public void save(Consumer<String> onSaved) {
        PersonChoice who = chosen.get();
        if (who == null || busy.get()) {
            problem.set(messages.get("quickAbsence.nobody"));
            return;
        }
        Optional<LocalDate> to = until.get().isBlank() ? Optional.of(date) : DateText.parse(until.get());
        if (to.isEmpty()) {
            problem.set(messages.get("validation.date"));
            return;
        }
        AbsenceDraft draft = new AbsenceDraft(who.id(), kind.get(), date, to.get(), Optional.empty(), "");
        busy.set(true);
        runner.run(TaskRunner.Kind.SAVE, p -> staff.recordAbsence(draft), (Absence saved) -> {
            busy.set(false);
            String kindText = messages.get(saved.kind().messageKey());
            onSaved.accept(saved.from().equals(saved.to())
                    ? messages.format("quickAbsence.saved", who.name(), kindText, messages.shortDate(saved.from()))
                    : messages.format("quickAbsence.savedPeriod", who.name(), kindText, messages.shortDate(saved.from()),
                    messages.shortDate(saved.to())));
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                problem.set(messages.text(invalid.errors().getFirst()));
            } else {
                throw new IllegalStateException("recording an absence failed", error);
            }
        });
    }

    public ObservableList<PersonChoice> matches() {
        return matches;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<PersonChoice> chosenProperty() {
        return chosen;
    }

    public ObjectProperty<AbsenceKind> kindProperty() {
        return kind;
    }

    public StringProperty untilProperty() {
        return until;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public LocalDate date() {
        return date;
    }
}
