package be.dagpuzzel.settings;

import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * Settings: the language of the app and the centre's details, and the models of the other
 * settings pages. A changed field is checked and
 * stored as soon as the user leaves it; a refused value stays in the field with its message and
 * the stored details stay as they were.
 */
public final class SettingsViewModel {

    private final TaskRunner runner;
    private final CentreService centres;
    private final Messages messages;
    private final Consumer<Centre> onCentreSaved;
    private final CentreFormModel centreForm = new CentreFormModel();
    private final DayTemplatesViewModel dayTemplates;
    private final TaskTypesViewModel taskTypes;
    private final SkillsViewModel skills;
    private final ClosingDaysViewModel closingDays;
    private final LaddersViewModel ladders;
    private final CompetencesViewModel competences;
    private final ProgrammesViewModel programmes;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private Centre stored;

    public SettingsViewModel(TaskRunner runner, CentreService centres, TaskCatalogue catalogue,
                             DayTemplateService templates, ProgressService progress, Messages messages,
                             Language currentLanguage, Consumer<Language> onLanguageChosen,
                             Consumer<Centre> onCentreSaved) {
        this.runner = runner;
        this.dayTemplates = new DayTemplatesViewModel(runner, templates, catalogue, messages);
        this.taskTypes = new TaskTypesViewModel(runner, catalogue, messages);
        this.skills = new SkillsViewModel(runner, catalogue, messages);
        this.closingDays = new ClosingDaysViewModel(runner, templates, messages);
        this.ladders = new LaddersViewModel(runner, progress, catalogue, messages);
        this.competences = new CompetencesViewModel(runner, progress, catalogue, messages);
        this.programmes = new ProgrammesViewModel(runner, progress, messages);
        this.centres = centres;
        this.messages = messages;
        this.onCentreSaved = onCentreSaved;
        this.language.set(currentLanguage);
        this.language.addListener((obs, old, value) -> {
            if (value != null && value != old) {
                onLanguageChosen.accept(value);
            }
        });
    }

    public void load() {
        runner.load(p -> centres.find().orElseThrow(), centre -> {
            stored = centre;
            centreForm.fill(centre);
        });
    }

    public TaskTypesViewModel taskTypes() {
        return taskTypes;
    }

    public SkillsViewModel skills() {
        return skills;
    }

    public ClosingDaysViewModel closingDays() {
        return closingDays;
    }

    /** The onboarding ladders part of the progress page. */
    public LaddersViewModel ladders() {
        return ladders;
    }

    /** The competences part of the progress page. */
    public CompetencesViewModel competences() {
        return competences;
    }

    /** The programmes part of the progress page. */
    public ProgrammesViewModel programmes() {
        return programmes;
    }

    /** The day templates page. */
    public DayTemplatesViewModel dayTemplates() {
        return dayTemplates;
    }

    public CentreFormModel centreForm() {
        return centreForm;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /**
     * Stores the centre's details if they changed: the fields that pass the checks are stored even
     * when another field is wrong (that one keeps its stored value until it is corrected).
     */
    public void commitCentre() {
        if (stored == null) {
            return;
        }
        CentreDetails typed = centreForm.details();
        if (typed.equals(CentreDetails.of(stored))) {
            centreForm.errors().clear();
            return;
        }
        CentreDetails details = centreForm.check(messages) ? typed : centreForm.withStoredWhereWrong(stored);
        if (details.equals(CentreDetails.of(stored))) {
            return;
        }
        long id = stored.id();
        runner.run(TaskRunner.Kind.SAVE, p -> centres.update(id, details), saved -> {
            stored = saved;
            onCentreSaved.accept(saved);
        }, error -> {
            if (error instanceof ValidationException invalid) {
                centreForm.show(invalid, messages);
            } else {
                throw new IllegalStateException("saving the centre failed", error);
            }
        });
    }
}
