package be.dagpuzzel.exchange.csv.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.exchange.csv.CsvImport;
import be.dagpuzzel.exchange.csv.CsvParser;
import be.dagpuzzel.exchange.csv.StaffCsv;
import be.dagpuzzel.exchange.csv.StaffField;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The import dialog's state without the toolkit: mapping changes check again, the buttons follow the rows. */
class CsvImportViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final String FILE = "Voornaam;Familienaam;Startdatum;Opmerking\r\n"
            + "Jan;Peeters;01/09/2026;kan koken\r\n"
            + "Piet;Claes;1 september;\r\n"
            + "Els;Maes;15/09/2026;\r\n";

    @TempDir
    Path folder;
    private AppServices services;
    private CsvImportViewModel<StaffProfile> model;

    @BeforeEach
    void open() throws Exception {
        services = TestStore.open(folder);
        model = new CsvImportViewModel<>(new SameThreadTaskRunner(), new CsvImport<>(new StaffCsv(services.staff(),
                ENGLISH)), ENGLISH, Path.of("personeel.csv"), CsvParser.parse(FILE.getBytes(StandardCharsets.UTF_8)));
        model.start();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    @Test
    void aBadRowIsListedAndOnlyTheValidOnesCanGoIn() {
        assertEquals("personeel.csv: 3 rows, separated by semicolons", model.fileLine());
        assertEquals(List.of(Optional.of(StaffField.FIRST_NAME), Optional.of(StaffField.LAST_NAME),
                Optional.of(StaffField.START), Optional.of(StaffField.NOTES)), model.mapping());
        assertEquals(List.of("Line 3, column “Startdatum”: “1 september” is not a date; write it as 27/11/2026."),
                model.problems());
        assertEquals("2 of 3 rows can be imported; 1 has a problem and stays out unless corrected in the file.",
                model.summaryProperty().get());
        assertFalse(model.canImportAllProperty().get());
        assertTrue(model.canImportValidProperty().get());
        assertEquals("Import only the 2 valid rows", model.importValidTextProperty().get());
        assertEquals("Import all 3 rows", model.importAllTextProperty().get());

        model.importRows(false, count -> { throw new AssertionError("not all rows are valid"); });
        assertEquals(List.of(), services.staff().all());
        List<Integer> imported = new ArrayList<>();
        model.importRows(true, imported::add);
        assertEquals(List.of(2), imported);
        assertEquals(List.of("Maes", "Peeters"), services.staff().all().stream().map(m -> m.profile().lastName()).toList());
        assertEquals("kan koken", services.staff().all().getLast().profile().notes());
    }

    @Test
    void changingAColumnsTargetChecksAgain() {
        model.setTarget(3, Optional.of(StaffField.START));
        assertEquals(Optional.empty(), model.mapping().get(2), "the start date moved to the other column");
        assertEquals(List.of(
                "Line 2, column “Opmerking”: “kan koken” is not a date; write it as 27/11/2026.",
                "Line 3, column “Opmerking”: Please enter a date as 27/11/2026.",
                "Line 4, column “Opmerking”: Please enter a date as 27/11/2026."), model.problems());
        assertFalse(model.canImportAllProperty().get());
        assertFalse(model.canImportValidProperty().get());

        model.setTarget(3, Optional.empty());
        assertEquals(List.of("Line 1: No column holds “Start date”, which every row needs. Choose it in the list above"
                + " one of the columns."), model.problems());
        assertEquals("Choose the columns first: nothing can be imported while a required field has no column.",
                model.summaryProperty().get());

        model.setTarget(2, Optional.of(StaffField.START));
        assertEquals(1, model.problems().size());
        assertTrue(model.canImportValidProperty().get());
    }

    @Test
    void theReportPeriodIsLastMonthToBeginWith() {
        assertEquals(new CsvPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                CsvPeriod.lastMonth(LocalDate.of(2026, 11, 27)));
        assertEquals(new CsvPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)),
                CsvPeriod.lastMonth(LocalDate.of(2026, 1, 5)));
        assertEquals("2026-10", CsvPeriod.lastMonth(LocalDate.of(2026, 11, 27)).fileNamePart());
        assertEquals("2026-10-05-2026-11-20", new CsvPeriod(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 20))
                .fileNamePart());
        assertEquals(Optional.empty(), CsvPeriod.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1)));
        assertEquals(Optional.empty(), CsvPeriod.of(null, LocalDate.of(2026, 11, 1)));
        assertTrue(CsvPeriod.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1)).isPresent());
    }
}
