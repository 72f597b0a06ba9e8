package be.dagpuzzel.progress.view;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.print.ProgressReport;
import be.dagpuzzel.progress.print.ReportCharts;
import be.dagpuzzel.progress.print.ReportData;
import be.dagpuzzel.progress.print.ReportPeriod;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * Making the open worker's progress report: the period is asked first (the last six months to begin
 * with, dates typed Belgian style), then the PDF is made in the background and handed over to be
 * opened. Messages go to the page's message line.
 */
public final class ReportViewModel {

    private final javafx.beans.property.BooleanProperty confidential =
            new javafx.beans.property.SimpleBooleanProperty(this, "confidential", false);

    /** Draws the report's charts; the app draws JavaFX charts, tests draw none. */
    public interface Charts {
        ReportCharts.Images draw(ReportData data);
    }

    private final TaskRunner runner;
    private final ProgressService progress;
    private final ProgressViewModel page;
    private final Messages messages;
    private final Charts charts;
    private final Supplier<LocalDateTime> now;
    private final StringProperty fromText = new SimpleStringProperty(this, "fromText", "");
    private final StringProperty toText = new SimpleStringProperty(this, "toText", "");
    private final StringProperty fromError = new SimpleStringProperty(this, "fromError", "");
    private final StringProperty toError = new SimpleStringProperty(this, "toError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public ReportViewModel(TaskRunner runner, ProgressService progress, ProgressViewModel page, Charts charts,
                           Supplier<LocalDateTime> now) {
        this.runner = runner;
        this.progress = progress;
        this.page = page;
        this.messages = page.messages();
        this.charts = charts;
        this.now = now;
    }

    /**
     * Whether the report takes its confidential last page (coaching notes, meeting notes): off until
     * the coach ticks it for this report, as the report may be handed to others at the meeting.
     */
    public javafx.beans.property.BooleanProperty confidentialProperty() {
        return confidential;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    /** Why the typed start is refused; empty when it is fine. */
    public StringProperty fromErrorProperty() {
        return fromError;
    }

    public StringProperty toErrorProperty() {
        return toError;
    }

    /** True while a report is being made. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The name of the worker the report is about, once their page is read. */
    public Optional<String> workerName() {
        return Optional.ofNullable(page.pageProperty().get()).map(p -> p.member().fullName());
    }

    /**
     * Gets the period's fields ready for the open worker: the last six months up to today. False,
     * with a message, when no worker's page is open (or it is still being read) or a report is being made.
     */
    public boolean begin() {
        if (page.pageProperty().get() == null) {
            page.messageProperty().set(messages.get("progress.report.noWorker"));
            return false;
        }
        if (busy.get()) {
            return false;
        }
        ReportPeriod usual = ReportPeriod.lastSixMonths(progress.today());
        fromText.set(messages.shortDate(usual.from()));
        toText.set(messages.shortDate(usual.to()));
        fromError.set("");
        toError.set("");
        confidential.set(false); // asked again for every report
        return true;
    }

    /** The period typed, or empty with the reason at the field that is wrong. */
    public Optional<ReportPeriod> period() {
        LocalDate today = progress.today();
        Optional<LocalDate> from = date(fromText.get(), today);
        Optional<LocalDate> to = date(toText.get(), today);
        fromError.set(from.isEmpty() ? messages.get("progress.report.period.badDate") : "");
        toError.set(to.isEmpty() ? messages.get("progress.report.period.badDate") : "");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            toError.set(messages.get("progress.period.endBeforeStart"));
        }
        return fromError.get().isEmpty() && toError.get().isEmpty() ? ReportPeriod.of(from.get(), to.get())
                : Optional.empty();
    }

    /** A full date, or a day and month without a year: the last such day up to a year back. */
    private static Optional<LocalDate> date(String text, LocalDate today) {
        return DateText.parseOnOrAfter(text, today.minusYears(1).plusDays(1));
    }

    /**
     * Makes the open worker's report over {@code period} in the background and writes it to the file
     * {@code fileFor} gives for a file name; {@code then} gets the file once written.
     */
    public void make(ReportPeriod period, String centreName, Function<String, Path> fileFor, Consumer<Path> then) {
        ProgressPage open = page.pageProperty().get();
        if (open == null || busy.get()) {
            return;
        }
        long staffId = open.member().id();
        String name = open.member().fullName();
        boolean withNotes = confidential.get();
        busy.set(true);
        page.messageProperty().set(messages.format("progress.report.busy", name));
        runner.run(TaskRunner.Kind.LONG, p -> {
            ReportData data = ReportData.read(progress, staffId, period, centreName);
            ReportCharts.Images images = charts.draw(data);
            Path file = fileFor.apply(fileName(name, period));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(part)) {
                new ProgressReport(messages).write(data, images, now.get(), withNotes, out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }, file -> {
            busy.set(false);
            page.messageProperty().set(messages.format("progress.report.done", file.getFileName()));
            then.accept(file);
        }, error -> {
            busy.set(false);
            page.messageProperty().set(messages.format("progress.report.failed", String.valueOf(error.getMessage())));
        });
    }

    /** "voortgangsrapport-fatma-yilmaz-2026-05-28-2026-11-27.pdf": no accents or spaces, for any file system. */
    private String fileName(String worker, ReportPeriod period) {
        String plain = Normalizer.normalize(worker, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return messages.get("progress.report.fileName") + "-" + plain + "-" + period.from() + "-" + period.to() + ".pdf";
    }
}
