package be.dagpuzzel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantService.Newcomer;
import be.dagpuzzel.ui.Messages;

/** Staff and participants from spreadsheets: the mapping guessed, every row checked, stored all at once. */
class CsvImportTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path folder;
    private AppServices services;
    private CsvImport<StaffProfile> staff;
    private CsvImport<Newcomer> participants;

    @BeforeEach
    void open() {
        services = TestStore.open(folder);
        staff = new CsvImport<>(new StaffCsv(services.staff(), ENGLISH));
        participants = new CsvImport<>(new ParticipantCsv(services.participants(), ENGLISH));
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private static CsvTable table(String text) throws CsvRefusedException {
        return CsvParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private <T> CsvCheck<T> check(CsvImport<T> kind, String text) throws CsvRefusedException {
        CsvTable table = table(text);
        return kind.check(table, kind.guess(table.header()), kind.kind().existing(), f -> { });
    }

    private static List<String> lines(CsvCheck<?> check) {
        return check.problems().stream().map(p -> p.describe(ENGLISH)).toList();
    }

    @Test
    void dutchHeadersAreRecognised() {
        assertEquals(List.of(Optional.of(ParticipantField.FIRST_NAME), Optional.of(ParticipantField.LAST_NAME),
                Optional.of(ParticipantField.STREET), Optional.of(ParticipantField.HOUSE_NUMBER),
                Optional.of(ParticipantField.POSTCODE), Optional.of(ParticipantField.MUNICIPALITY),
                Optional.of(ParticipantField.START), Optional.of(ParticipantField.DAYS), Optional.of(ParticipantField.AID),
                Optional.of(ParticipantField.CONTACT_PHONE), Optional.empty()),
                participants.guess(List.of("Voornaam", "Familienaam", "Straat", "Huisnr.", "Postcode", "Gemeente",
                        "Startdatum", "Dagen", "Hulpmiddel", "Tel. contactpersoon", "Rijksregisternummer")));
        assertEquals(List.of(Optional.of(StaffField.FIRST_NAME), Optional.of(StaffField.LAST_NAME),
                Optional.of(StaffField.PROGRAMME), Optional.of(StaffField.START), Optional.of(StaffField.HOURS),
                Optional.of(StaffField.DUTCH_LEVEL), Optional.of(StaffField.PHONE)),
                staff.guess(List.of("Voornaam", "Achternaam", "Statuut", "In dienst", "Uren per week", "Nederlands", "GSM")));
    }

    @Test
    void englishHeadersAreRecognisedAndEachFieldGoesToOneColumn() {
        assertEquals(List.of(Optional.of(ParticipantField.FIRST_NAME), Optional.of(ParticipantField.LAST_NAME),
                Optional.of(ParticipantField.STREET), Optional.of(ParticipantField.POSTCODE),
                Optional.of(ParticipantField.MUNICIPALITY), Optional.of(ParticipantField.START),
                Optional.of(ParticipantField.DAYS), Optional.of(ParticipantField.DOOR_TO_DOOR),
                Optional.of(ParticipantField.DRIVER_NOTE), Optional.empty()),
                participants.guess(List.of("First name", "Last name", "Address", "Post code", "Municipality",
                        "Start date", "Days", "Door-to-door", "Note for driver", "First name")));
        assertEquals(List.of(Optional.of(StaffField.FIRST_NAME), Optional.of(StaffField.LAST_NAME),
                Optional.of(StaffField.START), Optional.of(StaffField.END), Optional.of(StaffField.HOURS),
                Optional.of(StaffField.EMPLOYER)),
                staff.guess(List.of("First Name", "SURNAME", "Start date", "End date", "Hours per week", "Employer")));
    }

    @Test
    void choosingAFieldForAColumnTakesItFromTheColumnThatHadIt() {
        List<Optional<CsvField>> mapping = List.of(Optional.of(StaffField.FIRST_NAME), Optional.empty());
        assertEquals(List.of(Optional.empty(), Optional.of(StaffField.FIRST_NAME)),
                CsvImport.withTarget(mapping, 1, Optional.of(StaffField.FIRST_NAME)));
        assertEquals(List.of(Optional.empty(), Optional.empty()), CsvImport.withTarget(mapping, 0, Optional.empty()));
    }

    @Test
    void validStaffRowsGoInWithEveryFieldRead() throws Exception {
        CsvCheck<StaffProfile> check = check(staff, "\uFEFFVoornaam;Familienaam;Statuut;Startdatum;Einddatum;Uren per week;"
                + "Nederlands;Telefoon;Notities\r\n"
                + "Mieke;Claes;Artikel 60;01/09/2026;31/08/2027;19,5;Basis;0470 12 34 56;\"Rustig; wil keuken\"\r\n"
                + "Hassan;El Amrani;;2026-10-01;;;;;\r\n");
        assertEquals(List.of(), lines(check));
        assertTrue(check.allValid());
        assertEquals(2, staff.importRows(check, false, f -> { }));
        StaffMember mieke = services.staff().all().stream().filter(m -> m.profile().firstName().equals("Mieke"))
                .findFirst().orElseThrow();
        StaffProfile p = mieke.profile();
        assertEquals(Programme.ARTICLE_60, p.programme());
        assertEquals(LocalDate.of(2026, 9, 1), p.startDate());
        assertEquals(Optional.of(LocalDate.of(2027, 8, 31)), p.endDate());
        assertEquals(0, new BigDecimal("19.5").compareTo(p.hoursPerWeek().orElseThrow()));
        assertEquals(DutchLevel.BASIC, p.dutchLevel());
        assertEquals("Rustig; wil keuken", p.notes());
        StaffProfile hassan = services.staff().all().stream().filter(m -> m.profile().firstName().equals("Hassan"))
                .findFirst().orElseThrow().profile();
        assertEquals(Programme.REGULAR, hassan.programme(), "an empty programme is a regular employee");
        assertEquals(DutchLevel.FLUENT, hassan.dutchLevel());
    }

    @Test
    void participantsWithTheirWeekdaysAndAStreetWithItsNumber() throws Exception {
        CsvCheck<Newcomer> check = check(participants, "First name,Last name,Address,Postcode,City,Start,Days,Aid,"
                + "Door to door\n"
                + "André,Van Damme,Kerkstraat 14 bus 2,9299,Lindegem,01/12/2026,ma wo vr,rollator,ja\n"
                + "Maria,Peeters,Molenstraat,9298,Hulsbeke,2026-12-01,Tue Thu,,\n");
        assertEquals(List.of(), lines(check));
        assertEquals(2, participants.importRows(check, false, f -> { }));
        Participant andre = services.participants().all().stream().filter(p -> p.firstName().equals("André"))
                .findFirst().orElseThrow();
        assertEquals("Kerkstraat", andre.address().street());
        assertEquals("14 bus 2", andre.address().houseNumber());
        assertEquals(MobilityAid.WALKER, andre.aid());
        assertTrue(andre.doorToDoor());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                services.participants().patterns(andre.id()).getFirst().days());
        assertEquals(LocalDate.of(2026, 12, 1), services.participants().patterns(andre.id()).getFirst().validFrom());
        Participant maria = services.participants().all().stream().filter(p -> p.firstName().equals("Maria"))
                .findFirst().orElseThrow();
        assertEquals("", maria.address().houseNumber());
        // Wednesday 2 December 2026: André comes, Maria does not
        assertEquals(List.of("André"), services.participants().attendance(LocalDate.of(2026, 12, 2)).expected()
                .stream().map(Participant::firstName).toList());
    }

    @Test
    void everyProblemIsListedWithLineAndColumnAndNothingGoesInUntilChosen() throws Exception {
        services.participants().add(new be.dagpuzzel.transport.ParticipantDetails("Jan", "Peeters",
                new be.dagpuzzel.core.Address("Dorpsstraat", "3", "9299", "Lindegem"), Optional.empty(), "", "", "",
                LocalDate.of(2025, 1, 6), null, MobilityAid.NONE, 2, false, "", null, null, ""),
                Set.of(DayOfWeek.MONDAY));
        String file = "Voornaam;Familienaam;Straat;Huisnummer;Postcode;Startdatum;Dagen\r\n"
                + "Anna;Janssens;Kerkstraat;1;9299;01/12/2026;ma\r\n"          // 2: fine
                + "Bert;Claes;Kerkstraat;2;929;01/12/2026;di\r\n"              // 3: postcode
                + "Carla;De Smet;Kerkstraat;3;9299;31/11/2026;wo\r\n"          // 4: date
                + ";Dewulf;Kerkstraat;4;9299;01/12/2026;xx\r\n"                // 5: first name and days
                + "anna;JANSSENS;Kerkstraat;1;9299;02/12/2026;vr\r\n"          // 6: same as line 2
                + "Jan;Peeters;Dorpsstraat;3;9299;01/12/2026;do\r\n"           // 7: already there
                + "Eva;Maes;Kerkstraat;5;9299;01/12/2026;ma do\r\n";           // 8: fine
        CsvCheck<Newcomer> check = check(participants, file);
        assertEquals(List.of(
                "Line 3, column “Postcode”: A Belgian postcode has four digits, e.g. 9000.",
                "Line 4, column “Startdatum”: “31/11/2026” is not a date; write it as 27/11/2026.",
                "Line 5, column “Voornaam”: Please fill this in.",
                "Line 5, column “Dagen”: “xx” are not weekdays; write them as Mon Wed Fri (or ma wo vr).",
                "Line 6: anna JANSSENS is on line 2 already: the same person twice.",
                "Line 7: Jan Peeters is already in Dagpuzzel."), lines(check));
        assertEquals(2, check.validCount());
        assertFalse(check.allValid());
        assertTrue(check.someValid());
        int before = services.participants().all().size();

        CsvRefusedException refused = assertThrows(CsvRefusedException.class,
                () -> participants.importRows(check, false, f -> { }));
        assertEquals(6, refused.problems().size());
        assertEquals(before, services.participants().all().size(), "nothing imported while rows have problems");

        assertEquals(2, participants.importRows(check, true, f -> { }));
        assertEquals(List.of("Anna", "Eva", "Jan"), services.participants().all().stream().map(Participant::firstName)
                .sorted().toList());
    }

    @Test
    void aMissingRequiredColumnIsNamedAndNoRowIsChecked() throws Exception {
        CsvCheck<StaffProfile> check = check(staff, "Voornaam;Familienaam\nJan;Peeters\n");
        assertEquals(List.of("Line 1: No column holds “Start date”, which every row needs. Choose it in the list above"
                + " one of the columns."), lines(check));
        assertEquals(0, check.rowCount());
        assertFalse(check.someValid());
        assertThrows(CsvRefusedException.class, () -> staff.importRows(check, true, f -> { }));
    }

    @Test
    void someoneAddedAfterTheCheckIsNotImportedTwice() throws Exception {
        CsvCheck<StaffProfile> check = check(staff, "First name;Last name;Start date\nJan;Peeters;01/09/2026\n"
                + "Piet;Claes;01/09/2026\n");
        assertTrue(check.allValid());
        services.staff().create(StaffProfile.newcomer("Jan", "Peeters", Programme.REGULAR, LocalDate.of(2026, 9, 1)));
        CsvRefusedException refused = assertThrows(CsvRefusedException.class, () -> staff.importRows(check, false, f -> { }));
        assertEquals("Line 2: Jan Peeters is already in Dagpuzzel.", refused.problems().getFirst().describe(ENGLISH));
        assertEquals(1, services.staff().all().size());
    }

    @Test
    void theServiceStoresAListAllOrNothing() {
        List<StaffProfile> profiles = List.of(
                StaffProfile.newcomer("Jan", "Peeters", Programme.REGULAR, LocalDate.of(2026, 9, 1)),
                StaffProfile.newcomer("", "Claes", Programme.REGULAR, LocalDate.of(2026, 9, 1)));
        assertThrows(ValidationException.class, () -> services.staff().createAll(profiles));
        assertEquals(List.of(), services.staff().all());
        assertEquals(1, services.staff().createAll(profiles.subList(0, 1)).size());
    }
}
