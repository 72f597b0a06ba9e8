package be.dagpuzzel.staff.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.settings.Skill;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Absence;
import be.dagpuzzel.staff.Preference;
import be.dagpuzzel.staff.StaffDetails;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.staff.StaffSkill;
import be.dagpuzzel.staff.WeeklyAvailability;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * One staff member's record as the detail pane edits it. Each change is checked and stored at
 * once and can be taken back with Ctrl+Z; a refused change stays in its field with its message.
 */
public final class StaffDetailViewModel {

    private final TaskRunner runner;
    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private Runnable onStored = () -> { };
    private final ObjectProperty<StaffDetails> details = new SimpleObjectProperty<>(this, "details");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ProfileFormModel profile;
    private final AvailabilityModel availability;
    private final AbsenceFormModel absenceForm;
    private final ObservableList<Absence> absences = FXCollections.observableArrayList();
    private final ObservableList<SkillLine> skills = FXCollections.observableArrayList();
    private final ObservableList<PreferenceLine> preferences = FXCollections.observableArrayList();
    private final ObservableMap<String, String> generalErrors = FXCollections.observableHashMap();
    private final UndoStack undo = new UndoStack();
    private boolean filling;
    /** The person the pane is showing or loading; results for anyone else arrive too late and are dropped. */
    private long openId = -1;

    public StaffDetailViewModel(TaskRunner runner, StaffService staff, TaskCatalogue catalogue, Messages messages) {
        this.runner = runner;
        this.staff = staff;
        this.catalogue = catalogue;
        this.messages = messages;
        this.profile = new ProfileFormModel(messages);
        this.availability = new AvailabilityModel(messages);
        this.absenceForm = new AbsenceFormModel(messages);
    }

    private be.dagpuzzel.roster.OnboardingStages stageStore = be.dagpuzzel.roster.OnboardingStages.NONE;

    /** Where learning stages are read (the roster's service, from signed-off ladder steps); none unless set. */
    public void setStageStore(be.dagpuzzel.roster.OnboardingStages store) {
        this.stageStore = store;
    }

    private java.util.function.LongPredicate progressFollows = id -> false;
    private final javafx.beans.property.BooleanProperty followedByProgress =
            new javafx.beans.property.SimpleBooleanProperty(this, "followedByProgress");

    /**
     * Whom the Progress section follows (social-economy workers and anyone on a ladder); asked in the
     * background each time a person is read. Nobody unless set.
     */
    public void setProgressFollows(java.util.function.LongPredicate follows) {
        this.progressFollows = follows == null ? id -> false : follows;
    }

    /** Whether the open person has a page in the Progress section. */
    public javafx.beans.property.ReadOnlyBooleanProperty followedByProgressProperty() {
        return followedByProgress;
    }

    /** What to do after every stored change (the list refreshes its line). */
    public void setOnStored(Runnable onStored) {
        this.onStored = onStored;
    }

    /** Everything loaded for the open person, with the lists of the centre. */
    private record Loaded(StaffDetails details, List<StaffMember> everyone, List<Skill> skills, List<TaskType> tasks,
                          java.util.Map<Long, be.dagpuzzel.roster.rules.OnboardingStage> stages,
                          boolean followed) {
    }

    /** Opens {@code id}; forms are filled when it arrives. */
    public void open(long id) {
        openId = id;
        undo.clear();
        reload(id, null);
    }

    private void reload(long id, Runnable then) {
        runner.load(p -> new Loaded(staff.details(id), staff.all(), catalogue.skills(), catalogue.taskTypes(),
                stageStore.stagesOf(id, date.get()), progressFollows.test(id)), loaded -> {
            fill(loaded);
            if (then != null) {
                then.run();
            }
        });
    }

    private void fill(Loaded loaded) {
        if (loaded.details().member().id() != openId) {
            return;
        }
        filling = true;
        try {
            StaffDetails d = loaded.details();
            followedByProgress.set(loaded.followed());
            details.set(d);
            List<PersonChoice> coaches = loaded.everyone().stream()
                    .filter(m -> m.id() != d.member().id() && (!m.archived() || d.member().profile().coachId()
                            .filter(c -> c == m.id()).isPresent()))
                    .map(m -> new PersonChoice(m.id(), m.fullName())).toList();
            profile.fill(d.member().profile(), coaches);
            availability.fill(d.patterns(), date.get());
            absences.setAll(d.absences());
            absenceForm.reset(date.get());
            List<SkillLine> lines = new ArrayList<>();
            for (Skill skill : loaded.skills()) {
                Optional<StaffSkill> held = d.skills().stream().filter(s -> s.skillId() == skill.id()).findFirst();
                if (!skill.active() && held.isEmpty()) {
                    continue;
                }
                SkillLine line = new SkillLine(skill.id(), skill.displayName(messages.codes("skill.")));
                line.heldProperty().set(held.isPresent());
                line.expiryProperty().set(held.flatMap(StaffSkill::expiresOn).map(messages::shortDate).orElse(""));
                line.expiredProperty().set(held.map(s -> s.isExpiredOn(date.get())).orElse(false));
                line.heldProperty().addListener((obs, was, now) -> commitSkill(line));
                lines.add(line);
            }
            skills.setAll(lines);
            List<PreferenceLine> prefs = new ArrayList<>();
            for (TaskType task : loaded.tasks()) {
                if (!task.active()) {
                    continue;
                }
                PreferenceLine line = new PreferenceLine(task.id(), task.displayName(messages.codes("taskType.")),
                        task.colour());
                line.preferenceProperty().set(d.preferences().getOrDefault(task.id(), Preference.NEUTRAL));
                line.preferenceProperty().addListener((obs, old, now) -> commitPreference(line, old, now));
                line.setDriving(task.is(TaskType.DRIVER));
                line.stageProperty().set(loaded.stages().getOrDefault(task.id(),
                        be.dagpuzzel.roster.rules.OnboardingStage.INDEPENDENT));
                prefs.add(line);
            }
            preferences.setAll(prefs);
            generalErrors.clear();
        } finally {
            filling = false;
        }
    }

    private boolean isOpen(long id) {
        return openId == id && details.get() != null && details.get().member().id() == id;
    }

    private long id() {
        return details.get().member().id();
    }

    // --- profile -------------------------------------------------------------------------------

    /** Stores the profile if it changed and passes the checks; warns about a duplicate name. */
    public void commitProfile() {
        if (details.get() == null || filling) {
            return;
        }
        long id = id();
        StaffProfile before = details.get().member().profile();
        Optional<StaffProfile> storable = profile.storable(id, before);
        if (storable.isEmpty() || storable.get().equals(before)) {
            return;
        }
        StaffProfile after = storable.get();
        save(() -> {
            staff.update(id, after);
            return staff.sameName(after.firstName(), after.lastName(), id).size();
        }, sameNames -> {
            onStored.run();
            if (!isOpen(id)) {
                return;
            }
            profile.warningProperty().set(sameNames > 0 ? messages.format("staff.sameName.warning", after.fullName()) : "");
            replaceMember(new StaffMember(id, after, details.get().member().archived()));
            undo.push(messages.get("undo.profile"), () -> runner.run(TaskRunner.Kind.SAVE, p -> staff.update(id, before),
                    m -> reloadAndTell(id), this::failed));
        }, profile.errors());
    }

    private void replaceMember(StaffMember member) {
        StaffDetails d = details.get();
        details.set(new StaffDetails(member, d.patterns(), d.absences(), d.skills(), d.preferences(), d.hasHistory()));
    }

    // --- availability -------------------------------------------------------------------------

    /** Stores the edited pattern under its own start date (the contract start for a first pattern). */
    public void saveAvailability() {
        if (details.get() == null || filling) {
            return;
        }
        WeeklyAvailability shown = availability.selectedProperty().get();
        LocalDate from = shown != null ? shown.validFrom() : details.get().member().profile().startDate();
        Optional<WeeklyAvailability> edited = availability.parse(from);
        if (edited.isEmpty() || edited.get().equals(shown) || (shown == null && edited.get().days().isEmpty())) {
            return;
        }
        storePattern(id(), edited.get(), Optional.ofNullable(shown));
    }

    /**
     * Starts a new pattern from {@code dateText} (the hours change from then on; earlier weeks keep
     * the old pattern), copying the hours now shown.
     */
    public void startPatternFrom(String dateText) {
        if (details.get() == null) {
            return;
        }
        Optional<LocalDate> from = DateText.parse(dateText);
        if (from.isEmpty()) {
            availability.errors().put(StaffService.FIELD_VALID_FROM, messages.get("validation.date"));
            return;
        }
        Optional<WeeklyAvailability> hours = availability.parse(from.get());
        if (hours.isEmpty()) {
            return;
        }
        Optional<WeeklyAvailability> replaced = details.get().patterns().stream()
                .filter(p -> p.validFrom().equals(from.get())).findFirst();
        storePattern(id(), hours.get(), replaced);
    }

    private void storePattern(long id, WeeklyAvailability pattern, Optional<WeeklyAvailability> replaced) {
        save(() -> {
            staff.setAvailability(id, pattern);
            return pattern;
        }, stored -> {
            if (!isOpen(id)) {
                onStored.run();
                return;
            }
            reloadKeepingForms(id, pattern.validFrom());
            undo.push(messages.get("undo.availability"), () -> runner.run(TaskRunner.Kind.SAVE, p -> {
                if (replaced.filter(r -> r.validFrom().equals(pattern.validFrom())).isPresent()) {
                    staff.setAvailability(id, replaced.get());
                } else {
                    staff.removeAvailability(id, pattern.validFrom());
                }
                return true;
            }, done -> reloadAndTell(id), this::failed));
        }, availability.errors());
    }

    private void reloadKeepingForms(long id, LocalDate selectFrom) {
        runner.load(p -> staff.details(id), d -> {
            if (!isOpen(id)) {
                return;
            }
            filling = true;
            try {
                details.set(d);
                availability.patterns().setAll(d.patterns());
                d.patterns().stream().filter(p -> p.validFrom().equals(selectFrom)).findFirst()
                        .ifPresent(p -> availability.selectedProperty().set(p));
            } finally {
                filling = false;
            }
            onStored.run();
        });
    }

    // --- absences --------------------------------------------------------------------------------

    public void addAbsence() {
        if (details.get() == null) {
            return;
        }
        long id = id();
        absenceForm.parse(id).ifPresent(draft -> save(() -> staff.recordAbsence(draft), absence -> {
            if (!isOpen(id)) {
                onStored.run();
                return;
            }
            absences.add(0, absence);
            absenceForm.reset(date.get());
            undo.push(messages.get("undo.absenceAdded"), () -> runner.run(TaskRunner.Kind.SAVE,
                    p -> staff.removeAbsence(absence.id()), removed -> reloadAndTell(id), this::failed));
            onStored.run();
        }, absenceForm.errors()));
    }

    public void removeAbsence(Absence absence) {
        long id = id();
        save(() -> staff.removeAbsence(absence.id()), removed -> {
            if (!isOpen(id)) {
                onStored.run();
                return;
            }
            absences.removeIf(a -> a.id() == absence.id());
            undo.push(messages.get("undo.absenceRemoved"), () -> runner.run(TaskRunner.Kind.SAVE,
                    p -> staff.restoreAbsence(removed), back -> reloadAndTell(id), this::failed));
            onStored.run();
        }, generalErrors);
    }

    // --- skills and preferences ----------------------------------------------------------------

    /** Stores a skill line: held or not, and its expiry date. */
    public void commitSkill(SkillLine line) {
        if (filling || details.get() == null) {
            return;
        }
        long id = id();
        Optional<StaffSkill> before = details.get().skills().stream().filter(s -> s.skillId() == line.skillId()).findFirst();
        Optional<StaffSkill> after;
        if (!line.heldProperty().get()) {
            after = Optional.empty();
        } else if (line.expiryProperty().get().isBlank()) {
            after = Optional.of(new StaffSkill(line.skillId(), Optional.empty()));
        } else {
            Optional<LocalDate> expiry = DateText.parse(line.expiryProperty().get());
            if (expiry.isEmpty()) {
                line.errorProperty().set(messages.get("validation.date"));
                return;
            }
            after = Optional.of(new StaffSkill(line.skillId(), expiry));
        }
        line.errorProperty().set("");
        if (after.equals(before)) {
            return;
        }
        save(() -> {
            applySkill(id, line.skillId(), after);
            return staff.details(id);
        }, d -> {
            if (!isOpen(id)) {
                onStored.run();
                return;
            }
            details.set(d);
            line.expiredProperty().set(after.map(s -> s.isExpiredOn(date.get())).orElse(false));
            undo.push(messages.get("undo.skill"), () -> runner.run(TaskRunner.Kind.SAVE, p -> {
                applySkill(id, line.skillId(), before);
                return true;
            }, done -> reloadAndTell(id), this::failed));
            onStored.run();
        }, generalErrors);
    }

    private void applySkill(long id, long skillId, Optional<StaffSkill> skill) {
        if (skill.isPresent()) {
            staff.setSkill(id, skill.get());
        } else {
            staff.removeSkill(id, skillId);
        }
    }

    private void commitPreference(PreferenceLine line, Preference before, Preference after) {
        if (filling || details.get() == null || after == null) {
            return;
        }
        long id = id();
        save(() -> {
            staff.setPreference(id, line.taskTypeId(), after);
            return true;
        }, done -> {
            if (isOpen(id)) {
                undo.push(messages.get("undo.preference"), () -> runner.run(TaskRunner.Kind.SAVE, p -> {
                    staff.setPreference(id, line.taskTypeId(), before);
                    return true;
                }, back -> reloadAndTell(id), this::failed));
            }
        }, generalErrors);
    }

    // --- archive, delete, undo -------------------------------------------------------------------

    public void archive() {
        setArchived(true);
    }

    public void restore() {
        setArchived(false);
    }

    private void setArchived(boolean archived) {
        long id = id();
        save(() -> {
            if (archived) {
                staff.archive(id);
            } else {
                staff.restore(id);
            }
            return true;
        }, done -> {
            if (!isOpen(id)) {
                onStored.run();
                return;
            }
            replaceMember(new StaffMember(id, details.get().member().profile(), archived));
            undo.push(messages.get(archived ? "undo.archive" : "undo.restore"),
                    () -> runner.run(TaskRunner.Kind.SAVE, p -> {
                        if (archived) {
                            staff.restore(id);
                        } else {
                            staff.archive(id);
                        }
                        return true;
                    }, back -> reloadAndTell(id), this::failed));
            onStored.run();
        }, generalErrors);
    }

    /** Deletes the open person (only without history); {@code afterwards} runs once it is gone. */
    public void delete(Runnable afterwards) {
        long id = id();
        save(() -> {
            staff.delete(id);
            return true;
        }, done -> {
            details.set(null);
            undo.clear();
            onStored.run();
            afterwards.run();
        }, generalErrors);
    }

    /**
     * Erases the open person's personal data (they must be archived: they left). Cannot be undone;
     * the view asks twice first. The undo history is cleared, so no undo can bring the data back.
     */
    public void erase() {
        if (details.get() == null) {
            return;
        }
        long id = id();
        save(() -> {
            staff.erase(id);
            return true;
        }, done -> {
            if (openId == id) {
                open(id);
            }
            onStored.run();
        }, generalErrors);
    }

    public boolean undo() {
        return undo.undo();
    }

    private void reloadAndTell(long id) {
        reload(id, onStored);
    }

    private <T> void save(java.util.concurrent.Callable<T> work, Consumer<T> onSuccess,
                          ObservableMap<String, String> errors) {
        runner.run(TaskRunner.Kind.SAVE, p -> work.call(), onSuccess, error -> {
            if (error instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(e.field(), messages.text(e)));
            } else {
                failed(error);
            }
        });
    }

    private void failed(Throwable error) {
        throw new IllegalStateException("saving a staff change failed", error);
    }

    // --- properties ------------------------------------------------------------------------------

    public ObjectProperty<StaffDetails> detailsProperty() {
        return details;
    }

    /** The date the section shows: availability and expiry are judged on it. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ProfileFormModel profile() {
        return profile;
    }

    public AvailabilityModel availability() {
        return availability;
    }

    public AbsenceFormModel absenceForm() {
        return absenceForm;
    }

    public ObservableList<Absence> absences() {
        return absences;
    }

    public ObservableList<SkillLine> skills() {
        return skills;
    }

    public ObservableList<PreferenceLine> preferences() {
        return preferences;
    }

    /** Problems not tied to a form field ("person": cannot delete). */
    public ObservableMap<String, String> generalErrors() {
        return generalErrors;
    }

    public UndoStack undoStack() {
        return undo;
    }
}
