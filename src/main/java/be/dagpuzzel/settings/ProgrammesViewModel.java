package be.dagpuzzel.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.progress.ProgrammeRule;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * The programmes page: per programme the term of a trajectory in months (empty: an end date per
 * person), the exceptional longer term, and how often a functioning or evaluation meeting is due.
 * Each field is stored on its own when left; a wrong one keeps its text and message and costs the
 * others nothing. Ctrl+Z takes back the last stored field.
 */
public final class ProgrammesViewModel {

    public static final String FIELD_DURATION = "duration";
    public static final String FIELD_EXTENDED = "extended";
    public static final String FIELD_MEETINGS = "meetings";

    /** One programme's line: the three fields as typed and their messages. */
    public static final class Row {
        private final Programme programme;
        private final StringProperty duration = new SimpleStringProperty(this, FIELD_DURATION, "");
        private final StringProperty extended = new SimpleStringProperty(this, FIELD_EXTENDED, "");
        private final StringProperty meetings = new SimpleStringProperty(this, FIELD_MEETINGS, "");
        private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
        private ProgrammeRule stored;

        Row(Programme programme) {
            this.programme = programme;
            this.stored = ProgrammeRule.none(programme);
        }

        public Programme programme() {
            return programme;
        }

        /** The field's text: {@link #FIELD_DURATION}, {@link #FIELD_EXTENDED} or {@link #FIELD_MEETINGS}. */
        public StringProperty field(String field) {
            return switch (field) {
                case FIELD_DURATION -> duration;
                case FIELD_EXTENDED -> extended;
                case FIELD_MEETINGS -> meetings;
                default -> throw new IllegalArgumentException(field);
            };
        }

        /** Messages per field. */
        public ObservableMap<String, String> errors() {
            return errors;
        }

        /** The rule as stored. */
        public ProgrammeRule stored() {
            return stored;
        }

        private void fill(ProgrammeRule rule) {
            stored = rule;
            for (String f : FIELDS) {
                if (!errors.containsKey(f)) {
                    field(f).set(valueOf(rule, f).map(String::valueOf).orElse(""));
                }
            }
        }
    }

    private static final List<String> FIELDS = List.of(FIELD_DURATION, FIELD_EXTENDED, FIELD_MEETINGS);

    private final TaskRunner runner;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final UndoStack undo = new UndoStack();

    public ProgrammesViewModel(TaskRunner runner, ProgressService progress, Messages messages) {
        this.runner = runner;
        this.progress = progress;
        this.messages = messages;
        // regular employees have no trajectory to follow
        rows.setAll(Arrays.stream(Programme.values()).filter(p -> p != Programme.REGULAR).map(Row::new).toList());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public Row row(Programme programme) {
        return rows.stream().filter(r -> r.programme() == programme).findFirst().orElseThrow();
    }

    public String programmeName(Programme programme) {
        return messages.get(programme.messageKey());
    }

    public void load() {
        runner.load(p -> progress.rules(), this::fill);
    }

    private void fill(Map<Programme, ProgrammeRule> rules) {
        rows.forEach(r -> r.fill(rules.getOrDefault(r.programme(), ProgrammeRule.none(r.programme()))));
    }

    /** Stores one field of a programme's rule when it changed; a wrong value is refused at the field. */
    public void commit(Row row, String field) {
        String typed = row.field(field).get() == null ? "" : row.field(field).get().strip();
        Optional<Integer> months;
        if (typed.isEmpty()) {
            months = Optional.empty();
        } else if (typed.matches("\\d{1,4}")) {
            months = Optional.of(Integer.parseInt(typed));
        } else {
            row.errors().put(field, messages.get("programmes.number"));
            return;
        }
        ProgrammeRule before = row.stored();
        ProgrammeRule edited = with(before, field, months);
        if (edited.equals(before)) {
            row.errors().remove(field);
            return;
        }
        runner.save(p -> {
            progress.saveRule(edited);
            return edited;
        }, saved -> {
            undo.push(programmeName(row.programme()), () -> runner.save(p -> {
                progress.saveRule(before);
                return before;
            }, back -> {
                row.errors().clear();
                load();
            }, error -> refused(row, field, error)));
            row.errors().remove(field);
            load();
        }, error -> refused(row, field, error));
    }

    /** Puts the field back as stored (Escape). */
    public void revert(Row row, String field) {
        row.errors().remove(field);
        row.field(field).set(valueOf(row.stored(), field).map(String::valueOf).orElse(""));
    }

    /** Takes back the last stored field. */
    public boolean undo() {
        return undo.undo();
    }

    private void refused(Row row, String field, Throwable error) {
        if (error instanceof ValidationException invalid) {
            // the message belongs to the field just typed, also when it names its relation to another
            row.errors().put(field, String.join(" ", invalid.errors().stream().map(messages::text).toList()));
        } else {
            throw new IllegalStateException("storing the programme's rule failed", error);
        }
    }

    private static Optional<Integer> valueOf(ProgrammeRule rule, String field) {
        return switch (field) {
            case FIELD_DURATION -> rule.durationMonths();
            case FIELD_EXTENDED -> rule.extendedMonths();
            case FIELD_MEETINGS -> rule.meetingEveryMonths();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static ProgrammeRule with(ProgrammeRule rule, String field, Optional<Integer> months) {
        return switch (field) {
            case FIELD_DURATION -> new ProgrammeRule(rule.programme(), months, rule.extendedMonths(), rule.meetingEveryMonths());
            case FIELD_EXTENDED -> new ProgrammeRule(rule.programme(), rule.durationMonths(), months, rule.meetingEveryMonths());
            case FIELD_MEETINGS -> new ProgrammeRule(rule.programme(), rule.durationMonths(), rule.extendedMonths(), months);
            default -> throw new IllegalArgumentException(field);
        };
    }
}
