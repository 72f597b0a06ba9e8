package be.dagpuzzel.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantAbsence;
import be.dagpuzzel.ui.Messages;

/** One person's data as a readable PDF: everything the JSON export holds, in the user's words. */
class PersonalDataSheetTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Clock CLOCK = Clock.fixed(FRIDAY.atTime(LocalTime.of(14, 5)).atZone(BRUSSELS).toInstant(),
            BRUSSELS);

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

    /** A coach who worked the last two weeks: places on rosters, feedback, skills, preferences. */
    private StaffMember coach() {
        return services.staff().all().stream().filter(m -> services.staff().all().stream()
                .anyMatch(o -> o.profile().coachId().equals(Optional.of(m.id())))).findFirst().orElseThrow();
    }

    private JsonNode json(boolean staff, long id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PersonalData data = new PersonalData(services.store(), CLOCK);
        if (staff) {
            data.exportStaff(id, out);
        } else {
            data.exportParticipant(id, out);
        }
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("tables");
    }

    private static String pdfText(PersonalDataSheet sheets, PersonalDataSheet.Sheet sheet) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(sheet, DemoCentre.NAME, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Text without any white space: a value the PDF wrapped over two lines still reads as one. */
    private static String solid(String text) {
        return text.replaceAll("\\s+", "");
    }

    /**
     * Every non-null value of the JSON export is on the sheet, on the same row of the same part,
     * and in the PDF's text; dates as dd/mm/yyyy. The person's own id, on every row of the JSON,
     * is said once in the heading.
     */
    private static void assertHoldsEverything(JsonNode tables, PersonalDataSheet.Sheet sheet, String text, long id) {
        String pdf = solid(text);
        Map<String, PersonalDataSheet.Part> parts = new java.util.HashMap<>();
        sheet.parts().forEach(p -> parts.put(p.name(), p));
        int values = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> table = it.next();
            PersonalDataSheet.Part part = parts.get(table.getKey());
            assertTrue(part != null, "a part for " + table.getKey());
            assertEquals(table.getValue().size(), part.entries().size(), "every row of " + table.getKey());
            if (table.getValue().size() > 0) {
                assertTrue(pdf.contains(solid(part.title())), "the title of " + table.getKey() + " is printed");
            }
            for (int row = 0; row < table.getValue().size(); row++) {
                PersonalDataSheet.Entry entry = part.entries().get(row);
                for (Iterator<Map.Entry<String, JsonNode>> f = table.getValue().get(row).fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = f.next();
                    String value = field.getValue().asText();
                    if (field.getValue().isNull() || value.isEmpty()) {
                        continue;
                    }
                    String where = table.getKey() + "[" + row + "]." + field.getKey() + " = " + value;
                    PersonalDataSheet.Line line = entry.lines().stream().filter(l -> l.column().equals(field.getKey()))
                            .findFirst().orElseThrow(() -> new AssertionError("no line for " + where));
                    if (line.inHeading()) {
                        assertEquals(String.valueOf(id), value, where);
                        assertTrue(pdf.contains(solid(sheet.personLine())), where + ": the heading says whose");
                    } else {
                        assertTrue(pdf.contains(solid(line.text())), where + " printed as “" + line.text() + "”");
                    }
                    if (value.matches("\\d{4}-\\d\\d-\\d\\d.*")) {
                        String date = value.substring(8, 10) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4);
                        assertTrue(pdf.contains(date), where + " as " + date);
                    } else if (field.getValue().isTextual() && line.text().equals(value)) {
                        assertTrue(pdf.contains(solid(value)), where);
                    }
                    values++;
                }
            }
        }
        assertTrue(values > 30, "a person with history: " + values + " values");
    }

    @Test
    void aStaffMembersSheetHoldsEverythingTheirJsonHolds() throws Exception {
        StaffMember coach = coach();
        Messages english = new Messages(Locale.ENGLISH);
        PersonalDataSheet sheets = new PersonalDataSheet(services.store(), english, CLOCK);
        PersonalDataSheet.Sheet sheet = sheets.staff(coach.id());
        String text = pdfText(sheets, sheet);

        assertEquals(coach.fullName(), sheet.personName());
        assertTrue(text.contains("Personal data according to GDPR art. 15"), text);
        assertTrue(text.contains(coach.fullName()));
        assertTrue(text.contains("Staff member no. " + coach.id() + " · exported on 27/11/2026 at 14:05"), text);
        assertTrue(text.contains(DemoCentre.NAME), "who keeps the data");
        assertHoldsEverything(json(true, coach.id()), sheet, text, coach.id());
        assertTrue(text.contains("Places on the roster"));
        assertTrue(solid(text).contains(solid("Feedback on their work")));
    }

    @Test
    void aParticipantsSheetReadsInDutch() throws Exception {
        ParticipantAbsence call = services.transport().day(FRIDAY).notComing().stream()
                .filter(a -> !a.note().isEmpty()).findFirst().orElseThrow();
        Participant p = services.participants().find(call.participantId()).orElseThrow();
        PersonalDataSheet sheets = new PersonalDataSheet(services.store(), new Messages(Locale.forLanguageTag("nl-BE")),
                CLOCK);
        PersonalDataSheet.Sheet sheet = sheets.participant(p.id());
        String text = pdfText(sheets, sheet);

        assertTrue(text.contains("Persoonsgegevens volgens AVG (GDPR) art. 15"), text);
        assertTrue(text.contains("Bezoeker nr. " + p.id() + " · geëxporteerd op 27/11/2026 om 14:05"), text);
        assertTrue(solid(text).contains(solid(p.address().street())));
        assertTrue(solid(text).contains(solid(call.note())), "the note of their call");
        assertTrue(text.contains("Afmeldingen"));
        assertHoldsEverything(json(false, p.id()), sheet, text, p.id());
    }
}
