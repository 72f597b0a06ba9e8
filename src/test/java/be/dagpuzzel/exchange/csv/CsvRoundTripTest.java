package be.dagpuzzel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.Messages;

/**
 * The demo centre's staff and participants written as a Belgian spreadsheet (semicolons, BOM,
 * CRLF, decimal comma, dd/mm/yyyy, Dutch words, "ma wo vr") and imported into an empty store come
 * back as the same people: what the writer writes, the reader and the import read.
 */
class CsvRoundTripTest {

    private static final Messages DUTCH = new Messages(Locale.forLanguageTag("nl-BE"));
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final String[] DAYS = {"ma", "di", "wo", "do", "vr", "za", "zo"};

    @TempDir
    Path folder;

    @Test
    void staffAndParticipantsThroughASpreadsheetIntoAnEmptyStore() throws Exception {
        AppServices demo = TestStore.open(folder.resolve("demo"));
        List<StaffProfile> staff;
        List<ParticipantService.Newcomer> participants;
        try {
            demo.demo().fill(FRIDAY);
            staff = demo.staff().all().stream().map(StaffMember::profile).toList();
            participants = demo.participants().all().stream().map(p -> new ParticipantService.Newcomer(p.details(),
                    ParticipantService.patternOn(demo.participants().patterns(p.id()), FRIDAY).orElseThrow().days()))
                    .toList();
        } finally {
            demo.store().close();
        }
        assertTrue(staff.size() >= 10 && participants.size() >= 20);
        Path staffFile = CsvWriter.write(folder.resolve("personeel.csv"), staffRows(staff));
        Path participantFile = CsvWriter.write(folder.resolve("deelnemers.csv"), participantRows(participants));

        AppServices empty = TestStore.open(folder.resolve("new"));
        try {
            CsvImport<StaffProfile> staffImport = new CsvImport<>(new StaffCsv(empty.staff(), DUTCH));
            CsvTable staffTable = CsvParser.parse(staffFile);
            CsvCheck<StaffProfile> staffCheck = staffImport.check(staffTable, staffImport.guess(staffTable.header()),
                    staffImport.kind().existing(), f -> { });
            assertEquals(List.of(), staffCheck.problems().stream().map(p -> p.describe(DUTCH)).toList());
            assertEquals(staff.size(), staffImport.importRows(staffCheck, false, f -> { }));
            Function<StaffProfile, StaffProfile> withoutCoach = p -> new StaffProfile(p.firstName(), p.lastName(),
                    p.phone(), p.programme(), p.employer(), p.startDate(), p.endDate(), p.hoursPerWeek(),
                    Optional.empty(), p.dutchLevel(), p.notes(), p.strengths());
            assertEquals(sorted(staff.stream().map(withoutCoach).toList()),
                    sorted(empty.staff().all().stream().map(StaffMember::profile).toList()), "the coach is not in the file");

            CsvImport<ParticipantService.Newcomer> participantImport =
                    new CsvImport<>(new ParticipantCsv(empty.participants(), DUTCH));
            CsvTable table = CsvParser.parse(participantFile);
            CsvCheck<ParticipantService.Newcomer> check = participantImport.check(table,
                    participantImport.guess(table.header()), participantImport.kind().existing(), f -> { });
            assertEquals(List.of(), check.problems().stream().map(p -> p.describe(DUTCH)).toList());
            assertEquals(participants.size(), participantImport.importRows(check, false, f -> { }));
            Map<String, ParticipantService.Newcomer> imported = new java.util.HashMap<>();
            for (Participant p : empty.participants().all()) {
                imported.put(p.fullName(), new ParticipantService.Newcomer(p.details(),
                        empty.participants().patterns(p.id()).getFirst().days()));
            }
            for (ParticipantService.Newcomer n : participants) {
                ParticipantDetails d = n.details();
                ParticipantService.Newcomer back = imported.get((d.firstName() + " " + d.lastName()).strip());
                ParticipantDetails expected = new ParticipantDetails(d.firstName(), d.lastName(), d.address(),
                        Optional.empty(), d.phone(), d.contactName(), d.contactPhone(), d.startDate(), d.endDate(), d.aid(),
                        d.loadMinutes(), d.doorToDoor(), d.driverNote(), null, null, d.notes());
                assertEquals(expected, back.details(), "coordinates and usual run are not in the file");
                assertEquals(n.days(), back.days());
            }
        } finally {
            empty.store().close();
        }
    }

    private static List<StaffProfile> sorted(List<StaffProfile> profiles) {
        List<StaffProfile> list = new ArrayList<>(profiles);
        list.sort(Comparator.comparing(StaffProfile::lastName).thenComparing(StaffProfile::firstName));
        return list;
    }

    private static List<List<String>> staffRows(List<StaffProfile> staff) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Voornaam", "Familienaam", "Telefoon", "Statuut", "Werkgever", "Startdatum", "Einddatum",
                "Uren per week", "Nederlands", "Notities", "Sterktes"));
        for (StaffProfile p : staff) {
            rows.add(List.of(p.firstName(), p.lastName(), p.phone(), DUTCH.get(p.programme().messageKey()), p.employer(),
                    CsvWriter.date(p.startDate()), p.endDate().map(CsvWriter::date).orElse(""),
                    p.hoursPerWeek().map(CsvWriter::number).orElse(""), DUTCH.get(p.dutchLevel().messageKey()), p.notes(),
                    p.strengths()));
        }
        return rows;
    }

    private static List<List<String>> participantRows(List<ParticipantService.Newcomer> participants) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Voornaam", "Familienaam", "Straat", "Huisnummer", "Postcode", "Gemeente", "Telefoon",
                "Contactpersoon", "Tel. contactpersoon", "Startdatum", "Einddatum", "Dagen", "Hulpmiddel",
                "Deur tot deur", "Notitie chauffeur", "Notities"));
        for (ParticipantService.Newcomer n : participants) {
            ParticipantDetails d = n.details();
            rows.add(List.of(d.firstName(), d.lastName(), d.address().street(), d.address().houseNumber(),
                    d.address().postcode(), d.address().municipality(), d.phone(), d.contactName(), d.contactPhone(),
                    CsvWriter.date(d.startDate()), d.endDate() == null ? "" : CsvWriter.date(d.endDate()),
                    days(n.days()), DUTCH.get(d.aid().messageKey()), d.doorToDoor() ? "ja" : "nee", d.driverNote(),
                    d.notes()));
        }
        return rows;
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> DAYS[d.getValue() - 1]).collect(Collectors.joining(" "));
    }
}
