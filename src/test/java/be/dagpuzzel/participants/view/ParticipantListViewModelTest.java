package be.dagpuzzel.participants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.Address;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The participant list on the demo centre: search, the archived filter, the orders, the weekdays shown. */
class ParticipantListViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private ParticipantListViewModel list(Locale locale) {
        ParticipantListViewModel list = new ParticipantListViewModel(new SameThreadTaskRunner(), services.participants(),
                services.transport(), new Messages(locale));
        list.dateProperty().set(FRIDAY);
        list.load(null);
        return list;
    }

    private Participant newcomer(String first, String last, String municipality, LocalDate start, DayOfWeek... days) {
        return services.participants().add(new ParticipantDetails(first, last,
                new Address("Kerkstraat", "1", "9299", municipality), Optional.empty(), "", "", "", start, null,
                MobilityAid.NONE, 2, false, "", null, null, ""), EnumSet.copyOf(List.of(days)));
    }

    private static List<String> names(ParticipantListViewModel list) {
        return list.visibleRows().stream().map(ParticipantRow::name).toList();
    }

    @Test
    void searchFindsANameWithoutItsAccentsAndEveryoneOfAMunicipality() {
        ParticipantListViewModel list = list(Locale.ENGLISH);
        assertEquals(35, list.visibleRows().size());

        list.searchProperty().set("andre");
        assertEquals(List.of("Van Damme, André"), names(list));

        list.searchProperty().set("hulsbeke");
        long inHulsbeke = services.participants().all().stream()
                .filter(p -> p.address().municipality().equals("Hulsbeke")).count();
        assertTrue(inHulsbeke > 5);
        assertEquals(inHulsbeke, list.visibleRows().size());
        assertTrue(list.visibleRows().stream().allMatch(r -> r.municipality().equals("Hulsbeke")));

        list.searchProperty().set("andré van damme");
        assertEquals(1, list.visibleRows().size(), "first name then last name also matches");
    }

    @Test
    void theWeekdaysShownAreThoseInForceOnTheSectionsDateInTheUsersLanguage() {
        Participant rita = newcomer("Rita", "Aerts", "Lindegem", FRIDAY.minusMonths(2), DayOfWeek.MONDAY,
                DayOfWeek.THURSDAY);
        services.participants().setPattern(rita.id(), FRIDAY.plusDays(3), EnumSet.of(DayOfWeek.TUESDAY));

        ParticipantListViewModel english = list(Locale.ENGLISH);
        english.searchProperty().set("rita");
        assertEquals("Mon Thu", english.visibleRows().getFirst().weekdays());

        ParticipantListViewModel dutch = list(Locale.forLanguageTag("nl-BE"));
        dutch.searchProperty().set("rita");
        assertEquals("ma do", dutch.visibleRows().getFirst().weekdays());

        dutch.dateProperty().set(FRIDAY.plusDays(3));
        dutch.load(null);
        assertEquals("di", dutch.visibleRows().getFirst().weekdays(), "from Monday on she comes on Tuesdays");
    }

    @Test
    void archivedParticipantsOnlyShowUnderArchivedOrEveryone() {
        Participant rita = newcomer("Rita", "Aerts", "Lindegem", FRIDAY, DayOfWeek.MONDAY);
        services.participants().setArchived(rita.id(), true);
        ParticipantListViewModel list = list(Locale.ENGLISH);

        assertFalse(names(list).contains("Aerts, Rita"));
        list.showProperty().set(ParticipantListViewModel.Show.ARCHIVED);
        assertEquals(List.of("Aerts, Rita"), names(list));
        list.showProperty().set(ParticipantListViewModel.Show.ALL);
        assertEquals(36, list.visibleRows().size());
    }

    @Test
    void theListSortsByNameByMunicipalityOrByUsualRunWithOwnTransportLast() {
        ParticipantListViewModel list = list(Locale.ENGLISH);
        List<String> byName = names(list);
        assertEquals("Baert, Urbain", byName.getFirst());
        assertEquals(byName.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), byName);

        list.sortProperty().set(ParticipantListViewModel.Sort.MUNICIPALITY);
        List<String> municipalities = list.visibleRows().stream().map(ParticipantRow::municipality).toList();
        assertEquals(municipalities.stream().sorted().toList(), municipalities);

        list.sortProperty().set(ParticipantListViewModel.Sort.RUN);
        List<String> runs = list.visibleRows().stream().map(ParticipantRow::run).distinct().toList();
        assertEquals(List.of("Ronde 1", "Ronde 2", "Own transport"), runs);
    }
}
