package be.dagpuzzel.progress.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.TaskHours;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.Messages;

/**
 * Hours and training: the hours per task type from the rosters for a chosen period, the hours of
 * care practice towards the trajectory's target (only task types that count as care practice), and
 * the training log with its total, where courses are added and removed with undo.
 */
public final class HoursModel {

    /** Field names of the training form. */
    public static final String FIELD_TITLE = "title";
    public static final String FIELD_FROM = "from";
    public static final String FIELD_PROVIDER = "provider";

    /** The periods the hours table can show, each ending with this month. */
    public enum Period {
        THIS_MONTH(1), LAST_3_MONTHS(3), LAST_6_MONTHS(6), LAST_12_MONTHS(12), ALL(0);

        private final int months;

        Period(int months) {
            this.months = months;
        }

        public String messageKey() {
            return "progress.hours.period." + name();
        }

        /** Minutes per task type done in this period, up to and including {@code thisMonth}. */
        public Map<Long, Integer> minutes(TaskHours hours, YearMonth thisMonth) {
            return months == 0 ? hours.total() : hours.total(thisMonth.minusMonths(months - 1L), thisMonth);
        }
    }

    /** A task type's line: its name and colour, the minutes in the period, whether it counts as care practice. */
    public record TaskLine(long taskTypeId, String name, String colour, int minutes, String hours, boolean carePractice) {
    }

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final NumberFormat hourFormat;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.LAST_12_MONTHS);
    private final ObservableList<TaskLine> lines = FXCollections.observableArrayList();
    private final StringProperty total = new SimpleStringProperty(this, "total", "");
    private final StringProperty careText = new SimpleStringProperty(this, "careText", "");
    private final DoubleProperty careProgress = new SimpleDoubleProperty(this, "careProgress", -1);
    private final ObservableList<Training> trainings = FXCollections.observableArrayList();
    private final StringProperty trainingTotal = new SimpleStringProperty(this, "trainingTotal", "");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public HoursModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
        this.hourFormat = NumberFormat.getNumberInstance(messages.locale());
        hourFormat.setMaximumFractionDigits(1);
        hourFormat.setMinimumFractionDigits(0);
        page.pageProperty().addListener((obs, old, value) -> show(value));
        period.addListener((obs, old, value) -> show(page.pageProperty().get()));
        show(page.pageProperty().get());
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /** Hours per task type in the period, most first. */
    public ObservableList<TaskLine> lines() {
        return lines;
    }

    /** "Together: 124 hours". */
    public StringProperty totalProperty() {
        return total;
    }

    /** "86 of 300 hours of care practice", or the hours alone when no target is set. */
    public StringProperty careTextProperty() {
        return careText;
    }

    /** The part of the care-practice target reached, 0..1; -1 when no target is set. */
    public DoubleProperty careProgressProperty() {
        return careProgress;
    }

    public ObservableList<Training> trainings() {
        return trainings;
    }

    public StringProperty trainingTotalProperty() {
        return trainingTotal;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty providerProperty() {
        return provider;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** "7,5" in Dutch, "7.5" in English: minutes as hours with at most one decimal. */
    public String hoursText(double value) {
        return hourFormat.format(value);
    }

    /** Minutes on task types that count as care practice, over everything recorded. */
    public static int careMinutes(TaskHours hours, Map<Long, TaskType> taskTypes) {
        return hours.total().entrySet().stream()
                .filter(e -> Optional.ofNullable(taskTypes.get(e.getKey())).map(TaskType::countsAsCarePractice).orElse(false))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private void show(ProgressPage p) {
        if (p == null) {
            lines.clear();
            trainings.clear();
            total.set("");
            careText.set("");
            careProgress.set(-1);
            trainingTotal.set("");
            return;
        }
        Map<Long, TaskType> types = page.taskTypes();
        Map<Long, Integer> minutes = period.get().minutes(p.hours(), YearMonth.from(page.today()));
        List<TaskLine> list = minutes.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> {
            TaskType type = types.get(e.getKey());
            return new TaskLine(e.getKey(), page.taskName(e.getKey()), type == null ? "#999999" : type.colour(),
                    e.getValue(), hoursText(e.getValue() / 60.0), type != null && type.countsAsCarePractice());
        }).sorted(Comparator.comparingInt(TaskLine::minutes).reversed().thenComparing(TaskLine::name)).toList();
        lines.setAll(list);
        int sum = list.stream().mapToInt(TaskLine::minutes).sum();
        total.set(messages.format("progress.hours.total", hoursText(sum / 60.0)));

        double care = careMinutes(p.hours(), types) / 60.0;
        Optional<BigDecimal> target = p.trajectory().carePracticeTargetHours();
        if (target.isPresent()) {
            careText.set(messages.format("progress.care.ofTarget", hoursText(care), hoursText(target.get().doubleValue())));
            careProgress.set(Math.min(1.0, care / target.get().doubleValue()));
        } else {
            careText.set(messages.format("progress.care.noTarget", hoursText(care)));
            careProgress.set(-1);
        }

        trainings.setAll(p.trainings().stream().sorted(Comparator.comparing(Training::from).reversed()).toList());
        BigDecimal trained = p.trainings().stream().map(Training::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        trainingTotal.set(messages.format("progress.training.total", p.trainings().size(), hoursText(trained.doubleValue())));
        if (from.get().isEmpty()) {
            from.set(messages.shortDate(page.today()));
        }
    }

    /** Adds the course typed in the form; the form empties once it is stored. */
    public void addTraining() {
        errors.clear();
        ProgressPage p = page.pageProperty().get();
        if (p == null) {
            return;
        }
        LocalDate today = page.today();
        Optional<LocalDate> start = Typed.aroundDate(from.get(), today);
        if (start.isEmpty()) {
            errors.put(FIELD_FROM, messages.get("validation.date"));
        }
        Optional<LocalDate> end = Typed.blank(to.get()) ? start
                : Typed.aroundDate(to.get(), start.orElse(today));
        if (end.isEmpty()) {
            errors.put(ProgressService.FIELD_END, messages.get("validation.date"));
        }
        Optional<BigDecimal> amount = parseHours(hours.get());
        if (amount.isEmpty()) {
            errors.put(ProgressService.FIELD_HOURS, messages.get("progress.hours.number"));
        }
        if (provider.get() != null && provider.get().strip().length() > 200) {
            errors.put(FIELD_PROVIDER, messages.format("progress.text.tooLong", 200));
        }
        if (!errors.isEmpty()) {
            return;
        }
        Training course = new Training(0, p.member().id(), title.get(), start.get(), end.get(), amount.get(), provider.get());
        page.edit(messages.format("progress.training.added", course.title()), x -> progress.addTraining(course),
                added -> x -> progress.removeTraining(added.id()),
                added -> {
                    title.set("");
                    hours.set("");
                    provider.set("");
                    to.set("");
                    from.set(messages.shortDate(today));
                },
                refused -> refused.forEach(e -> errors.put(e.field().equals(ProgressService.FIELD_TEXT) ? FIELD_TITLE
                        : e.field(), messages.text(e))));
    }

    /** Removes a course; undo puts it back. */
    public void removeTraining(Training t) {
        if (t == null) {
            return;
        }
        page.edit(messages.format("progress.training.removed", t.title()), x -> progress.removeTraining(t.id()),
                gone -> gone.isEmpty() ? null : x -> {
                    progress.restoreTraining(gone.get());
                    return Boolean.TRUE;
                }, null, null);
    }

    /** "7,5", "7.5" or "7" as hours; empty when it is no number. */
    static Optional<BigDecimal> parseHours(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}([.,]\\d{1,2})?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
    }
}
