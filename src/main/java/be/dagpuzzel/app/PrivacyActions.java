package be.dagpuzzel.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import be.dagpuzzel.exchange.AuditTrail;
import be.dagpuzzel.exchange.PersonalData;
import be.dagpuzzel.exchange.PersonalDataSheet;
import be.dagpuzzel.participants.view.ParticipantDetailView;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.view.StaffDetailView;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The Privacy menus of a staff member and a participant (GDPR): their change history from the
 * audit trail, and their data to a file the user picks, as JSON (for other tools) or as a PDF to
 * hand to the person (art. 15), written on the long-work thread; the PDF opens in the viewer.
 */
final class PrivacyActions implements StaffDetailView.Privacy, ParticipantDetailView.Exporter {

    private final Window owner;
    private final Messages messages;
    private final TaskRunner runner;
    private final AppServices services;
    private final Clock clock;
    private final Consumer<String> tell;
    private final Consumer<Path> openDocument;

    PrivacyActions(Window owner, Messages messages, TaskRunner runner, AppServices services, Clock clock,
                   Consumer<String> tell, Consumer<Path> openDocument) {
        this.owner = owner;
        this.messages = messages;
        this.runner = runner;
        this.services = services;
        this.clock = clock;
        this.tell = tell;
        this.openDocument = openDocument;
    }

    @Override
    public void history(StaffMember member) {
        history(AuditTrail.Person.STAFF, member.id(), member.fullName());
    }

    @Override
    public void history(Participant participant) {
        history(AuditTrail.Person.PARTICIPANT, participant.id(), participant.fullName());
    }

    private void history(AuditTrail.Person kind, long id, String name) {
        runner.load(p -> new AuditTrail(services.store()).of(kind, id),
                entries -> AuditDialog.show(owner, messages, name, entries));
    }

    @Override
    public void export(StaffMember member) {
        json(fileName("staff", member.id(), "json"),
                out -> new PersonalData(services.store(), clock).exportStaff(member.id(), out));
    }

    @Override
    public void export(Participant participant) {
        json(fileName("participant", participant.id(), "json"),
                out -> new PersonalData(services.store(), clock).exportParticipant(participant.id(), out));
    }

    @Override
    public void exportPdf(StaffMember member) {
        pdf(fileName("staff", member.id(), "pdf"), sheets -> sheets.staff(member.id()));
    }

    @Override
    public void exportPdf(Participant participant) {
        pdf(fileName("participant", participant.id(), "pdf"), sheets -> sheets.participant(participant.id()));
    }

    private String fileName(String kind, long id, String extension) {
        return messages.get(kind + ".privacy.fileName") + "-" + id + "." + extension;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void json(String fileName, Writer writer) {
        choose(fileName, "JSON", "*.json", "participant.privacy.export").ifPresent(file -> write(file, writer, false));
    }

    private void pdf(String fileName, java.util.function.Function<PersonalDataSheet, PersonalDataSheet.Sheet> read) {
        choose(fileName, "PDF", "*.pdf", "participant.privacy.exportPdf").ifPresent(file -> write(file, out -> {
            PersonalDataSheet sheets = new PersonalDataSheet(services.store(), messages, clock);
            sheets.write(read.apply(sheets), services.centres().find().map(Centre::name).orElse(""), out);
        }, true));
    }

    private Optional<Path> choose(String fileName, String filterName, String pattern, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey).replace("…", ""));
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private void write(Path file, Writer writer, boolean open) {
        runner.run(TaskRunner.Kind.LONG, p -> be.dagpuzzel.core.AtomicFile.write(file, writer::write), written -> {
            tell.accept(messages.format("participant.privacy.exported", written));
            if (open) {
                openDocument.accept(written);
            }
        }, error -> tell.accept(messages.format("participant.privacy.exportFailed",
                be.dagpuzzel.ui.FailureText.reasonForFile(messages, error, file))));
    }
}
