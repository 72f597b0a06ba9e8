package be.dagpuzzel.participants.view;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/** The right-hand side of the participants section: who is open, undo, archive / restore, and the tabs. */
public final class ParticipantDetailView extends BorderPane {

    private final TabPane tabs;

    ParticipantDetailView(ParticipantDetailViewModel model, Messages messages) {
        getStyleClass().add("staff-detail");
        Label name = new Label();
        name.setId("participantName");
        name.getStyleClass().add("section-title");
        name.setMinWidth(80);
        name.setWrapText(true);
        name.textProperty().bind(Bindings.createStringBinding(() -> model.participantProperty().get() == null ? ""
                : model.participantProperty().get().fullName(), model.participantProperty()));
        Label badge = new Label(messages.get("participant.archived"));
        badge.getStyleClass().add("archived-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> archived(model.participantProperty().get()),
                model.participantProperty()));
        badge.managedProperty().bind(badge.visibleProperty());

        Button undo = new Button(messages.get("participant.undo"));
        undo.setId("participantUndo");
        undo.setTooltip(new Tooltip(messages.get("participant.undo.tooltip")));
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button archive = new Button(messages.get("participant.archive"));
        archive.setId("archiveParticipant");
        archive.setTooltip(new Tooltip(messages.get("participant.archive.tooltip")));
        archive.setOnAction(e -> confirmArchive(model, messages));
        archive.visibleProperty().bind(badge.visibleProperty().not());
        archive.managedProperty().bind(archive.visibleProperty());
        Button restore = new Button(messages.get("participant.unarchive"));
        restore.setId("unarchiveParticipant");
        restore.setOnAction(e -> model.unarchive());
        restore.visibleProperty().bind(badge.visibleProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        for (Button b : new Button[] {undo, archive, restore}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the name has a line of its own: who is open must never be cut short, in any language
        HBox nameRow = new HBox(10, name, badge);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.MenuItem exportData = new javafx.scene.control.MenuItem(messages.get("participant.privacy.export"));
        exportData.setId("exportParticipantData");
        exportData.setOnAction(e -> exportData(model, messages));
        javafx.scene.control.MenuItem exportPdf = new javafx.scene.control.MenuItem(
                messages.get("participant.privacy.exportPdf"));
        exportPdf.setId("exportParticipantPdf");
        exportPdf.setOnAction(e -> {
            Participant p = model.participantProperty().get();
            if (p != null && exporter != null) {
                exporter.exportPdf(p);
            }
        });
        javafx.scene.control.MenuItem erase = new javafx.scene.control.MenuItem(messages.get("participant.privacy.erase"));
        erase.setId("eraseParticipant");
        erase.disableProperty().bind(badge.visibleProperty().not()); // only someone archived: they left
        erase.setOnAction(e -> confirmErase(model, messages));
        javafx.scene.control.MenuItem history = new javafx.scene.control.MenuItem(messages.get("participant.privacy.history"));
        history.setId("participantHistory");
        history.setOnAction(e -> {
            Participant p = model.participantProperty().get();
            if (p != null && exporter != null) {
                exporter.history(p);
            }
        });
        javafx.scene.control.MenuButton privacy = new javafx.scene.control.MenuButton(
                messages.get("participant.privacy"), null, history, exportData, exportPdf, erase);
        privacy.setId("participantPrivacy");
        privacy.setTooltip(new Tooltip(messages.get("participant.privacy.tooltip")));
        privacy.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, undo, archive, restore, privacy);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox header = new VBox(4, nameRow, buttons);
        header.getStyleClass().add("detail-header");

        Label problem = new Label();
        problem.setId("participantProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        model.generalErrors().addListener((MapChangeListener<String, String>) c ->
                problem.setText(String.join(" ", model.generalErrors().values())));

        tabs = new TabPane(new ParticipantProfileTab(model, messages), new AttendanceTab(model.attendance(), messages));
        tabs.setId("participantTabs");
        setTop(new VBox(4, header, problem));
        setCenter(tabs);
    }

    private static boolean archived(Participant p) {
        return p != null && p.archived();
    }

    /** Archiving takes someone off the lists and runs: asked first, with "cancel" as the safe default. */
    /** The person's data as one JSON file of the nurse's choice (a request under the GDPR). */
    private void exportData(ParticipantDetailViewModel model, Messages messages) {
        Participant p = model.participantProperty().get();
        if (p == null || exporter == null) {
            return;
        }
        exporter.export(p);
    }

    /** Asked twice: what goes and what stays, then that it cannot be undone. */
    private void confirmErase(ParticipantDetailViewModel model, Messages messages) {
        Participant p = model.participantProperty().get();
        if (p == null) {
            return;
        }
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType next = DialogButtons.destructive(messages.get("participant.erase.next"));
        Alert first = new Alert(Alert.AlertType.WARNING, messages.format("participant.erase.explain", p.fullName()),
                cancel, next);
        ButtonType eraseNow = DialogButtons.destructive(messages.get("participant.erase.do"));
        Alert second = new Alert(Alert.AlertType.WARNING, messages.format("participant.erase.sure", p.fullName()),
                cancel, eraseNow);
        for (Alert a : new Alert[] {first, second}) {
            if (getScene() != null) {
                a.initOwner(getScene().getWindow());
            }
            a.setTitle(messages.get("participant.privacy.erase"));
            a.setHeaderText(p.fullName());
            DialogButtons.defaultTo(a.getDialogPane(), cancel);
        }
        if (first.showAndWait().filter(next::equals).isPresent()
                && second.showAndWait().filter(eraseNow::equals).isPresent()) {
            model.erase();
        }
    }

    /** The privacy actions the app provides: one participant's data to a file (JSON or PDF), and their change history. */
    public interface Exporter {
        void export(Participant participant);

        void exportPdf(Participant participant);

        void history(Participant participant);
    }

    private Exporter exporter;

    public void setExporter(Exporter value) {
        exporter = value;
    }

    private void confirmArchive(ParticipantDetailViewModel model, Messages messages) {
        Participant p = model.participantProperty().get();
        if (p == null) {
            return;
        }
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType archive = DialogButtons.destructive(messages.get("participant.archive"));
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("participant.archive.confirm", p.fullName()), cancel, archive);
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.setTitle(messages.get("participant.archive"));
        confirm.setHeaderText(messages.format("participant.archive.header", p.fullName()));
        confirm.getDialogPane().setId("archiveConfirm");
        DialogButtons.defaultTo(confirm.getDialogPane(), cancel);
        ((Button) confirm.getDialogPane().lookupButton(archive)).setId("confirmArchive");
        confirm.showAndWait().filter(archive::equals).ifPresent(ok -> model.archive());
    }

    /** Opens the profile with the first name focused (after adding someone). */
    void showProfile() {
        tabs.getSelectionModel().selectFirst();
        Platform.runLater(() -> {
            Node first = lookup("#" + ParticipantService.FIELD_FIRST_NAME);
            if (first != null) {
                first.requestFocus();
            }
        });
    }
}
