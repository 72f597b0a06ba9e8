package be.dagpuzzel.participants.view;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import be.dagpuzzel.transport.AttendancePattern;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.TransportService;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The participant list: searchable by name and municipality, filtered on archived, sorted by
 * name, municipality or usual run. Weekdays are the ones in force on the section's date.
 */
public final class ParticipantListViewModel {

    /** Which participants the list shows. */
    public enum Show { ACTIVE, ARCHIVED, ALL }

    /** How the list is ordered; by run, the usual stop order follows within a run. */
    public enum Sort { NAME, MUNICIPALITY, RUN }

    private static final Comparator<ParticipantRow> BY_NAME = Comparator.comparing(ParticipantRow::sortName)
            .thenComparingLong(ParticipantRow::id);

    private final TaskRunner runner;
    private final ParticipantService participants;
    private final TransportService transport;
    private final Messages messages;
    private final ObservableList<ParticipantRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ParticipantRow> visible = new FilteredList<>(rows);
    private final SortedList<ParticipantRow> sorted = new SortedList<>(visible);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(this, "show", Show.ACTIVE);
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort", Sort.NAME);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());

    public ParticipantListViewModel(TaskRunner runner, ParticipantService participants, TransportService transport,
                                    Messages messages) {
        this.runner = runner;
        this.participants = participants;
        this.transport = transport;
        this.messages = messages;
        search.addListener((obs, o, n) -> refilter());
        show.addListener((obs, o, n) -> refilter());
        sorted.comparatorProperty().bind(sort.map(ParticipantListViewModel::comparator));
        refilter();
    }

    /** The rows that pass search and filter, in the chosen order. */
    public ObservableList<ParticipantRow> visibleRows() {
        return sorted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** Reloads the rows; {@code then} runs on the FX thread once they are in. */
    public void load(Runnable then) {
        LocalDate day = date.get();
        runner.load(p -> buildRows(day), loaded -> {
            rows.setAll(loaded);
            if (then != null) {
                then.run();
            }
        });
    }

    private List<ParticipantRow> buildRows(LocalDate day) {
        List<Route> routes = transport.routes();
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, String> routeNames = new HashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            rank.put(routes.get(i).id(), i);
            routeNames.put(routes.get(i).id(), routes.get(i).name());
        }
        List<ParticipantRow> result = new ArrayList<>();
        for (Participant p : participants.all()) {
            String days = shownPattern(participants.patterns(p.id()), day)
                    .map(pattern -> WeekdayNames.of(pattern.days(), messages.locale())).orElse("");
            String run = p.usualRouteId().map(id -> routeNames.getOrDefault(id, "?"))
                    .orElse(messages.get("participants.ownTransport"));
            String sortName = fold(p.lastName() + " " + p.firstName());
            String name = p.lastName().isEmpty() ? p.firstName() : p.lastName() + ", " + p.firstName();
            result.add(new ParticipantRow(p.id(), name, sortName, p.address().municipality(), days, p.aid(),
                    p.aid() == MobilityAid.NONE ? "" : messages.get("participants.aid." + p.aid().name()), run,
                    p.usualRouteId().map(id -> rank.getOrDefault(id, routes.size())).orElse(Integer.MAX_VALUE),
                    p.usualStopOrder().orElse(0), p.archived(),
                    fold(p.firstName() + " " + p.lastName() + " | " + p.lastName() + " " + p.firstName() + " | "
                            + p.address().municipality() + " | " + p.address().postcode())));
        }
        return result;
    }

    /** The pattern in force on {@code day}; for someone who has not started yet, their first one. */
    static Optional<AttendancePattern> shownPattern(List<AttendancePattern> patterns, LocalDate day) {
        return ParticipantService.patternOn(patterns, day).or(() -> patterns.stream().findFirst());
    }

    private static Comparator<ParticipantRow> comparator(Sort sort) {
        return switch (sort) {
            case NAME -> BY_NAME;
            case MUNICIPALITY -> Comparator.comparing((ParticipantRow r) -> fold(r.municipality()))
                    .thenComparing(BY_NAME);
            case RUN -> Comparator.comparingInt(ParticipantRow::runRank)
                    .thenComparingInt(r -> r.stopOrder() == 0 ? Integer.MAX_VALUE : r.stopOrder())
                    .thenComparing(BY_NAME);
        };
    }

    /** Lower case without accents, so "andre" finds André and "noel" Noël. */
    static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    private void refilter() {
        String text = fold(search.get());
        Show which = show.get();
        visible.setPredicate(row -> (which == Show.ALL || row.archived() == (which == Show.ARCHIVED))
                && (text.isEmpty() || row.searchText().contains(text)));
    }
}
