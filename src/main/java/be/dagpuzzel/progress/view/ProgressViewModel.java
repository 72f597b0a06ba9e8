package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * The Progress section: the workers followed with what is due for each, the overview of everything
 * due, and the page of the open worker. Tabs edit through {@link #edit}: the write runs in the
 * background, the page and list are read again, and the edit's undo is kept (Ctrl+Z).
 */
public final class ProgressViewModel {

    /** A worker in the list: name, programme and how many things are due. */
    public record WorkerRow(long id, String name, String programmeKey, int dueCount) {
    }

    private final TaskRunner runner;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<WorkerRow> workers = FXCollections.observableArrayList();
    private final ObservableList<Due> overview = FXCollections.observableArrayList();
    private final ObjectProperty<ProgressPage> page = new SimpleObjectProperty<>(this, "page");
    private final ObjectProperty<Long> openId = new SimpleObjectProperty<>(this, "openId");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final UndoStack undo = new UndoStack();
    private Map<Long, TaskType> taskTypes = Map.of();
    private Map<Long, List<LadderStep>> ladders = Map.of();
    private List<Competence> competences = List.of();
    private Runnable onStored = () -> { };

    public ProgressViewModel(TaskRunner runner, ProgressService progress, Messages messages) {
        this.runner = runner;
        this.progress = progress;
        this.messages = messages;
    }

    public ObservableList<WorkerRow> workers() {
        return workers;
    }

    /** Everything due for everyone followed, soonest first. */
    public ObservableList<Due> overview() {
        return overview;
    }

    /** The open worker's page; null while the overview is shown or before it is read. */
    public ReadOnlyObjectProperty<ProgressPage> pageProperty() {
        return page;
    }

    /** The id of the open worker; null for the overview. */
    public ReadOnlyObjectProperty<Long> openIdProperty() {
        return openId;
    }

    /** The last message for the user: a refused edit, or what an undo took back. */
    public StringProperty messageProperty() {
        return message;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return progress.today();
    }

    /** Task types by id as last read (for names and colours). */
    public Map<Long, TaskType> taskTypes() {
        return taskTypes;
    }

    /** The onboarding ladders per task type as last read. */
    public Map<Long, List<LadderStep>> ladders() {
        return ladders;
    }

    public List<Competence> competences() {
        return competences;
    }

    /** What to do after every stored change (other sections refresh). */
    public void setOnStored(Runnable value) {
        onStored = value == null ? () -> { } : value;
    }

    public String taskName(long taskTypeId) {
        TaskType t = taskTypes.get(taskTypeId);
        return t == null ? "?" : t.displayName(messages.codes("taskType."));
    }

    public String stepName(LadderStep step) {
        return step.displayName(code -> {
            String text = messages.get("ladder." + code);
            return text.startsWith("!") ? Optional.empty() : Optional.of(text);
        });
    }

    public String competenceName(Competence c) {
        return c.displayName(messages.codes("competence."));
    }

    /** Reads the list, the overview and, when a worker is open, their page again. */
    public void refresh() {
        Long id = openId.get();
        record Read(List<WorkerRow> rows, List<Due> due, Map<Long, TaskType> tasks, Map<Long, List<LadderStep>> ladders,
                    List<Competence> competences, ProgressPage page) {
        }
        runner.load(p -> {
            List<StaffMember> people = progress.followed();
            List<Due> due = progress.overview(people);
            List<WorkerRow> rows = new ArrayList<>();
            for (StaffMember m : people) {
                int count = (int) due.stream().filter(d -> d.staffId() == m.id()).count();
                rows.add(new WorkerRow(m.id(), m.fullName(), m.profile().programme().messageKey(), count));
            }
            ProgressPage read = id == null ? null : pageOrNull(id);
            return new Read(rows, due, progress.taskTypes(), progress.ladders(), progress.competences(), read);
        }, read -> {
            taskTypes = read.tasks();
            ladders = read.ladders();
            competences = read.competences();
            workers.setAll(read.rows());
            overview.setAll(read.due());
            if (java.util.Objects.equals(id, openId.get())) {
                page.set(read.page());
            }
        });
    }

    private ProgressPage pageOrNull(long id) {
        try {
            return progress.page(id);
        } catch (ValidationException gone) {
            return null;
        }
    }

    /** Opens a worker's page; null shows the overview. */
    public void open(Long staffId) {
        if (java.util.Objects.equals(staffId, openId.get()) && (staffId == null || page.get() != null)) {
            return;
        }
        openId.set(staffId);
        page.set(null);
        undo.clear();
        message.set("");
        if (staffId != null) {
            runner.load(p -> pageOrNull(staffId), read -> {
                if (staffId.equals(openId.get())) {
                    page.set(read);
                }
            });
        }
    }

    /**
     * Stores an edit of the open worker's page: {@code write} runs in the background and gives its
     * result; {@code undoOf} turns the result into the work that takes it back (null: no undo). A
     * refused edit goes to {@code refused} with its field errors and changes nothing.
     */
    public <T> void edit(String undoDescription, TaskRunner.Work<T> write, Function<T, TaskRunner.Work<?>> undoOf,
                         Consumer<T> stored, Consumer<List<FieldError>> refused) {
        Long id = openId.get();
        runner.save(write, result -> {
            message.set("");
            if (undoOf != null) {
                TaskRunner.Work<?> back = undoOf.apply(result);
                if (back != null) {
                    undo.push(undoDescription, () -> runner.save(back, done -> {
                        message.set(messages.format("progress.undone", undoDescription));
                        afterStore(id);
                    }, this::failed));
                }
            }
            if (stored != null) {
                stored.accept(result);
            }
            afterStore(id);
        }, error -> {
            List<FieldError> errors = error instanceof ValidationException v ? v.errors() : List.of();
            if (errors.isEmpty()) {
                failed(error);
            } else {
                message.set(String.join(" ", errors.stream().map(messages::text).toList()));
            }
            if (refused != null) {
                refused.accept(errors);
            }
        });
    }

    private void afterStore(Long id) {
        if (java.util.Objects.equals(id, openId.get())) {
            refresh();
        }
        onStored.run();
    }

    private void failed(Throwable error) {
        message.set(messages.format("progress.failed", String.valueOf(error.getMessage())));
    }

    /** Takes back the last stored edit of this page. */
    public boolean undo() {
        return undo.undo();
    }
}
