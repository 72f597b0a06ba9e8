package be.dagpuzzel.staff.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import be.dagpuzzel.settings.Skill;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.staff.StaffSkill;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/** The searchable, filterable staff list for a date. */
public final class StaffListViewModel {

    /** Which people the list shows. */
    public enum Show { ACTIVE, ARCHIVED, ALL }

    private final TaskRunner runner;
    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private final ObservableList<StaffRow> rows = FXCollections.observableArrayList();
    private final FilteredList<StaffRow> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.ACTIVE);
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(this, "programme");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");

    public StaffListViewModel(TaskRunner runner, StaffService staff, TaskCatalogue catalogue, Messages messages) {
        this.runner = runner;
        this.staff = staff;
        this.catalogue = catalogue;
        this.messages = messages;
        search.addListener((obs, o, n) -> refilter());
        show.addListener((obs, o, n) -> refilter());
        programme.addListener((obs, o, n) -> refilter());
        refilter();
    }

    public ObservableList<StaffRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    /** Null means every programme. */
    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Reloads the rows for the date; {@code then} runs on the FX thread once they are in. */
    public void load(Runnable then) {
        LocalDate day = date.get();
        runner.load(p -> buildRows(day), loaded -> {
            rows.setAll(loaded);
            if (then != null) {
                then.run();
            }
        });
    }

    private List<StaffRow> buildRows(LocalDate day) {
        List<StaffMember> everyone = staff.all();
        Map<Long, StaffDay> days = new HashMap<>();
        for (StaffDay d : staff.day(day)) {
            days.put(d.member().id(), d);
        }
        Map<Long, Skill> skills = catalogue.skills().stream().collect(Collectors.toMap(Skill::id, s -> s));
        Map<Long, List<StaffSkill>> held = staff.allSkills();
        List<StaffRow> result = new ArrayList<>();
        for (StaffMember m : everyone) {
            StaffDay d = days.get(m.id());
            String skillText = held.getOrDefault(m.id(), List.of()).stream()
                    .map(s -> skillText(skills.get(s.skillId()), s, day))
                    .collect(Collectors.joining(", "));
            String sortName = (m.profile().lastName() + " " + m.profile().firstName()).toLowerCase(Locale.ROOT);
            result.add(new StaffRow(m.id(), m.fullName(), sortName, m.profile().programme(),
                    messages.get(m.profile().programme().messageKey()), m.archived(), dayText(m, d, day), dayOrder(d),
                    skillText));
        }
        return result;
    }

    private String skillText(Skill skill, StaffSkill held, LocalDate day) {
        String name = skill == null ? "?" : skill.displayName(messages.codes("skill."));
        return held.isExpiredOn(day) ? messages.format("staff.skill.expiredShort", name) : name;
    }

    private String dayText(StaffMember m, StaffDay d, LocalDate day) {
        if (m.archived()) {
            return messages.get("staff.archived");
        }
        if (d == null) {
            return messages.get(m.profile().startDate().isAfter(day) ? "staff.day.notStarted" : "staff.day.contractEnded");
        }
        Optional<be.dagpuzzel.staff.Absence> away = d.wholeDayAbsence();
        if (away.isPresent()) {
            return messages.get(away.get().kind().messageKey());
        }
        if (d.scheduled().isEmpty()) {
            return messages.get("staff.day.off");
        }
        String hours = d.scheduled().get().toString();
        return d.absences().isEmpty() ? hours
                : messages.format("staff.day.partly", hours, d.absences().getFirst().partOfDay().orElseThrow());
    }

    private static int dayOrder(StaffDay d) {
        if (d == null) {
            return 4;
        }
        if (d.wholeDayAbsence().isPresent()) {
            return 2;
        }
        if (d.scheduled().isEmpty()) {
            return 3;
        }
        return d.absences().isEmpty() ? 0 : 1;
    }

    private void refilter() {
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Programme only = programme.get();
        Show which = show.get();
        Predicate<StaffRow> filter = row -> (which == Show.ALL || row.archived() == (which == Show.ARCHIVED))
                && (only == null || row.programme() == only)
                && (text.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(text)
                    || row.skills().toLowerCase(Locale.ROOT).contains(text)
                    || row.programmeText().toLowerCase(Locale.ROOT).contains(text));
        visible.setPredicate(filter);
    }
}
