package be.dagpuzzel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.stage.Window;

import be.dagpuzzel.exchange.csv.CsvImport;
import be.dagpuzzel.exchange.csv.CsvKind;
import be.dagpuzzel.exchange.csv.CsvReports;
import be.dagpuzzel.exchange.csv.CsvWriter;
import be.dagpuzzel.exchange.csv.ParticipantCsv;
import be.dagpuzzel.exchange.csv.StaffCsv;
import be.dagpuzzel.exchange.csv.view.CsvImportDialog;
import be.dagpuzzel.exchange.csv.view.CsvImportViewModel;
import be.dagpuzzel.exchange.csv.view.CsvPeriod;
import be.dagpuzzel.exchange.csv.view.CsvPeriodDialog;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * File > Import staff / participants from CSV and File > Export hours / attendance (CSV): the file
 * dialogs, reading and writing on the long-work thread, and what the user is told afterwards.
 */
final class CsvActions {

    private final Window owner;
    private final Messages messages;
    private final TaskRunner runner;
    private final AppServices services;
    private final ExchangeFiles files;
    private final Clock clock;
    private final Consumer<String> tell;
    private final Runnable dataChanged;

    CsvActions(Window owner, Messages messages, TaskRunner runner, AppServices services, ExchangeFiles files,
               Clock clock, Consumer<String> tell, Runnable dataChanged) {
        this.owner = owner;
        this.messages = messages;
        this.runner = runner;
        this.services = services;
        this.files = files;
        this.clock = clock;
        this.tell = tell;
        this.dataChanged = dataChanged;
    }

    void importStaff() {
        importCsv(new StaffCsv(services.staff(), messages));
    }

    void importParticipants() {
        importCsv(new ParticipantCsv(services.participants(), messages));
    }

    /** Asks for the file, reads it (a broken file is refused with its lines), then shows the dialog. */
    private <T> void importCsv(CsvKind<T> kind) {
        files.csvSource(owner, messages).ifPresent(file -> CsvImportViewModel.read(runner, messages, file,
                table -> CsvImportDialog.show(owner, new CsvImportViewModel<>(runner, new CsvImport<>(kind), messages,
                        file, table), messages, count -> {
                            tell.accept(messages.format("csv.import.done." + kind.name(), count));
                            dataChanged.run();
                        }),
                lines -> ExchangeActions.showRefusal(owner, messages, lines)));
    }

    void exportHours() {
        CsvReports reports = reports();
        export("hours", period -> CsvReports.hoursRows(reports.hours(period.from(), period.to()), messages));
    }

    void exportAttendance() {
        CsvReports reports = reports();
        LocalDate today = LocalDate.now(clock);
        export("attendance", period -> CsvReports.attendanceRows(
                reports.attendance(period.from(), period.to(), today), messages));
    }

    private CsvReports reports() {
        return new CsvReports(services.store(), services.staff(), services.catalogue(), services.participants(),
                services.templates());
    }

    /** Asks the period and the file, then writes the report there on the long-work thread. */
    private void export(String report, Function<CsvPeriod, List<List<String>>> rows) {
        CsvPeriodDialog.ask(owner, messages, report, LocalDate.now(clock)).ifPresent(period -> {
            String suggested = "dagpuzzel-" + messages.get("csv.export.fileName." + report) + "-"
                    + period.fileNamePart() + ".csv";
            files.csvTarget(owner, messages, suggested).ifPresent(file -> runner.run(TaskRunner.Kind.LONG, p -> {
                p.update(-1, messages.get("csv.export.running"));
                return write(file, rows.apply(period));
            }, written -> tell.accept(messages.format("csv.export.done." + report, written)),
                    error -> tell.accept(messages.format("export.failed",
                            be.dagpuzzel.ui.FailureText.reasonForFile(messages, error, file)))));
        });
    }

    private static Path write(Path file, List<List<String>> rows) throws java.io.IOException {
        return CsvWriter.write(file, rows);
    }
}
