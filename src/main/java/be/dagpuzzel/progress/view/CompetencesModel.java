package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.progress.Evidence;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.ui.Messages;

/**
 * The Competences tab: the active competences with their latest level and the change since the
 * rating before, the form that rates one (level 1-4, date, note; stored with undo), which
 * competences the chart shows, and the review observations as evidence with the competences each
 * is linked to.
 */
public final class CompetencesModel {

    /** Field name of the competence being rated, for its message. */
    public static final String FIELD_COMPETENCE = "competence";

    /** How the latest level compares with the one before it. */
    public enum Change {
        UP("▲"), DOWN("▼"), SAME("="), FIRST("");

        private final String arrow;

        Change(String arrow) {
            this.arrow = arrow;
        }

        public String arrow() {
            return arrow;
        }

        static Change between(int before, int now) {
            return now > before ? UP : now < before ? DOWN : SAME;
        }
    }

    /** A competence in the table; level 0 when never rated. */
    public record Row(long competenceId, String name, int level, String levelText, String date, Change change) {
    }

    /** A review observation as evidence, with the names of the competences it is linked to. */
    public record EvidenceRow(long observationId, String date, String task, Rating rating, String ratingText, String note,
                              Set<Long> competenceIds, String competences) {
    }

    /** A competence that can be drawn in the chart (it has ratings). */
    public record ChartChoice(long competenceId, String name) {
    }

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<EvidenceRow> evidence = FXCollections.observableArrayList();
    private final ObservableList<ChartChoice> chartChoices = FXCollections.observableArrayList();
    private final ObservableSet<Long> shown = FXCollections.observableSet();
    private final ObjectProperty<Long> selected = new SimpleObjectProperty<>(this, "selected");
    private final IntegerProperty level = new SimpleIntegerProperty(this, "level");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Long shownFor;
    private Set<Long> rated = Set.of();

    public CompetencesModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
        page.pageProperty().addListener((obs, old, value) -> show(value));
        show(page.pageProperty().get());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<EvidenceRow> evidence() {
        return evidence;
    }

    /** The competences that have ratings, in their order: the chart's choices. */
    public ObservableList<ChartChoice> chartChoices() {
        return chartChoices;
    }

    /** The competences drawn in the chart; at first those rated in the last year. */
    public ObservableSet<Long> shown() {
        return shown;
    }

    /** The competence the form rates. */
    public ObjectProperty<Long> selectedProperty() {
        return selected;
    }

    /** The level chosen, 1-4; 0 while none is chosen. */
    public IntegerProperty levelProperty() {
        return level;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Messages per field (level, date, text, competence) of the last refused rating. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ProgressPage currentPage() {
        return page.pageProperty().get();
    }

    /** "3 · mostly alone". */
    public String levelText(int value) {
        return value < Competence.LOWEST || value > Competence.HIGHEST ? ""
                : messages.format("progress.level.line", value, messages.get("progress.level." + value));
    }

    public String competenceName(long competenceId) {
        return page.competences().stream().filter(c -> c.id() == competenceId).findFirst()
                .or(() -> Optional.ofNullable(currentPage()).flatMap(p -> p.competences().stream()
                        .filter(c -> c.id() == competenceId).findFirst()))
                .map(page::competenceName).orElse("?");
    }

    private void show(ProgressPage p) {
        if (p == null) {
            rows.clear();
            evidence.clear();
            chartChoices.clear();
            shownFor = null;
            rated = Set.of();
            return;
        }
        LocalDate today = page.today();
        List<Competence> active = p.competences().stream().filter(Competence::active)
                .sorted(Comparator.comparingInt(Competence::order).thenComparingLong(Competence::id)).toList();
        rows.setAll(active.stream().map(c -> row(p, c)).toList());
        evidence.setAll(p.evidence().stream().map(this::evidenceRow).toList());
        Set<Long> nowRated = p.ratings().stream().map(CompetenceRating::competenceId).collect(Collectors.toSet());
        chartChoices.setAll(p.competences().stream().filter(c -> nowRated.contains(c.id()))
                .sorted(Comparator.comparingInt(Competence::order).thenComparingLong(Competence::id))
                .map(c -> new ChartChoice(c.id(), page.competenceName(c))).toList());
        long staffId = p.member().id();
        if (!Objects.equals(shownFor, staffId)) {
            shownFor = staffId;
            shown.clear();
            shown.addAll(ProgressCharts.recentlyRated(p));
            selected.set(null);
            level.set(0);
            note.set("");
            date.set(messages.shortDate(today));
            errors.clear();
        } else {
            // a competence rated (recently) for the first time joins the chart; the rest stays as chosen
            Set<Long> fresh = new HashSet<>(ProgressCharts.recentlyRated(p));
            fresh.removeAll(rated);
            shown.addAll(fresh);
        }
        rated = nowRated;
    }

    private Row row(ProgressPage p, Competence c) {
        List<CompetenceRating> mine = p.ratings().stream().filter(r -> r.competenceId() == c.id())
                .sorted(Comparator.comparing(CompetenceRating::ratedOn).thenComparingLong(CompetenceRating::id)).toList();
        if (mine.isEmpty()) {
            return new Row(c.id(), page.competenceName(c), 0, "", "", Change.FIRST);
        }
        CompetenceRating last = mine.getLast();
        Change change = mine.size() < 2 ? Change.FIRST : Change.between(mine.get(mine.size() - 2).level(), last.level());
        return new Row(c.id(), page.competenceName(c), last.level(), levelText(last.level()),
                messages.shortDate(last.ratedOn()), change);
    }

    private EvidenceRow evidenceRow(Evidence e) {
        String task = e.taskTypeId().map(page::taskName).orElse(e.taskLabel().isEmpty()
                ? messages.get("progress.evidence.wholeDay") : e.taskLabel());
        String linked = e.competenceIds().stream().map(this::competenceName).sorted().collect(Collectors.joining(", "));
        return new EvidenceRow(e.observationId(), messages.shortDate(e.date()), task, e.rating(),
                messages.get(e.rating().messageKey()), e.note(), e.competenceIds(), linked);
    }

    /** Chooses the competence to rate; a message of the last attempt goes. */
    public void select(Long competenceId) {
        selected.set(competenceId);
        errors.clear();
    }

    /** Shows or hides a competence's line in the chart. */
    public void setShown(long competenceId, boolean value) {
        if (value) {
            shown.add(competenceId);
        } else {
            shown.remove(competenceId);
        }
    }

    /**
     * Rates the selected competence with the chosen level on the typed date (today when empty).
     * A refusal (a level outside 1-4, a date in the future, ...) puts its message at the field.
     */
    public void rate() {
        errors.clear();
        ProgressPage p = currentPage();
        if (p == null) {
            return;
        }
        Long competence = selected.get();
        if (competence == null) {
            errors.put(FIELD_COMPETENCE, messages.get("progress.rate.chooseCompetence"));
            return;
        }
        LocalDate today = page.today();
        Optional<LocalDate> on = Typed.blank(date.get()) ? Optional.of(today) : Typed.pastDate(date.get(), today);
        if (on.isEmpty()) {
            errors.put(ProgressService.FIELD_DATE, messages.get("validation.date"));
            return;
        }
        long staffId = p.member().id();
        int value = level.get();
        String text = note.get();
        page.edit(messages.format("progress.rate.undo", competenceName(competence), value),
                x -> progress.rate(staffId, competence, on.get(), value, text, ""),
                r -> x -> progress.removeRating(r.id()),
                r -> {
                    level.set(0);
                    note.set("");
                    date.set(messages.shortDate(today));
                },
                refused -> refused.forEach(e -> errors.put(e.field(), messages.text(e))));
    }

    /** Links or unlinks an observation and a competence as evidence; undo does the opposite. */
    public void link(long observationId, long competenceId, boolean linked) {
        ProgressPage p = currentPage();
        if (p == null) {
            return;
        }
        long staffId = p.member().id();
        page.edit(messages.format(linked ? "progress.evidence.linked" : "progress.evidence.unlinked",
                        competenceName(competenceId)),
                x -> {
                    progress.link(staffId, observationId, competenceId, linked);
                    return Boolean.TRUE;
                },
                r -> x -> {
                    progress.link(staffId, observationId, competenceId, !linked);
                    return Boolean.TRUE;
                },
                null, null);
    }
}
