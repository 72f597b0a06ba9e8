package be.dagpuzzel.progress.view;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * The form under the meetings: plan (kind and day), mark as held (day held, confidential notes,
 * agreements) or edit all of it. Enter stores (Ctrl+Enter in the text areas), Escape cancels.
 */
final class MeetingForm extends VBox {

    private final MeetingsViewModel model;
    private final Messages messages;

    MeetingForm(MeetingsViewModel model, Messages messages, Runnable afterClose) {
        super(6);
        this.model = model;
        this.messages = messages;
        setId("meetingForm");
        getStyleClass().add("progress-form");

        Label title = new Label();
        title.setId("meetingFormTitle");
        title.getStyleClass().add("subsection-title");

        ComboBox<MeetingKind> kind = new ComboBox<>();
        kind.getItems().setAll(MeetingKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        EnumCells.use(kind, model::kindName);
        TextField planned = text("meetingPlanned", model.plannedProperty());
        planned.setPrefColumnCount(10);
        kind.setId("meetingKind");
        FormGrid when = new FormGrid(model.errors());
        when.row(messages.get("progress.meetings.kind"), kind, null);
        when.row(messages.get("progress.meetings.planned"), planned, MeetingsViewModel.FIELD_PLANNED).setMaxWidth(130);
        kind.setMaxWidth(260);

        TextField held = text("meetingHeld", model.heldProperty());
        held.setPrefColumnCount(10);
        TextArea notes = area("meetingNotes", model.notesProperty());
        TextArea agreements = area("meetingAgreements", model.agreementsProperty());
        Label confidential = new Label(messages.get("progress.meetings.confidential"));
        confidential.getStyleClass().add("confidential-badge");
        confidential.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label notesHint = new Label(messages.get("progress.meetings.notesHint"));
        notesHint.getStyleClass().add("hint");
        notesHint.setWrapText(true);
        HBox.setHgrow(notesHint, javafx.scene.layout.Priority.ALWAYS);
        HBox notesLabel = new HBox(6, confidential, notesHint);
        notesLabel.setAlignment(Pos.CENTER_LEFT);
        FormGrid outcome = new FormGrid(model.errors());
        outcome.row(messages.get("progress.meetings.heldOn"), held, MeetingsViewModel.FIELD_HELD).setMaxWidth(130);
        outcome.wide(notesLabel);
        outcome.row(messages.get("progress.meetings.notes"), notes, MeetingsViewModel.FIELD_NOTES);
        outcome.row(messages.get("progress.meetings.agreements"), agreements, MeetingsViewModel.FIELD_AGREEMENTS);

        Button store = new Button(messages.get("progress.meetings.store"));
        store.setId("meetingStore");
        store.setOnAction(e -> model.submit());
        Button cancel = new Button(DialogButtons.cancel(messages).getText());
        cancel.setId("meetingCancel");
        cancel.setOnAction(e -> model.cancel());
        Label keys = new Label(messages.get("progress.meetings.form.keys"));
        keys.getStyleClass().add("hint");
        HBox buttons = new HBox(8, store, cancel, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(title, when, outcome, buttons);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (e.isControlDown() || !(e.getTarget() instanceof TextArea))
                    && !(e.getTarget() instanceof Button) && !(e.getTarget() instanceof ComboBox<?> c && c.isShowing())) {
                model.submit();
                e.consume();
            }
        });
        model.modeProperty().addListener((obs, old, mode) -> {
            show(mode, title, when, outcome);
            Node first = switch (mode) {
                case PLAN -> planned;
                case HELD -> held;
                case EDIT -> kind;
                case CLOSED -> null;
            };
            if (first != null) {
                Platform.runLater(() -> {
                    first.requestFocus();
                    if (first instanceof TextInputControl t) {
                        t.selectAll();
                    }
                });
            } else if (old != null && old != MeetingsViewModel.Mode.CLOSED) {
                afterClose.run();
            }
        });
        model.editingProperty().addListener((obs, old, m) -> show(model.modeProperty().get(), title, when, outcome));
        show(model.modeProperty().get(), title, when, outcome);
    }

    private void show(MeetingsViewModel.Mode mode, Label title, Node when, Node outcome) {
        boolean open = mode != MeetingsViewModel.Mode.CLOSED;
        setVisible(open);
        setManaged(open);
        when.setVisible(mode == MeetingsViewModel.Mode.PLAN || mode == MeetingsViewModel.Mode.EDIT);
        when.setManaged(when.isVisible());
        outcome.setVisible(mode == MeetingsViewModel.Mode.HELD || mode == MeetingsViewModel.Mode.EDIT);
        outcome.setManaged(outcome.isVisible());
        var editing = model.editingProperty().get();
        title.setText(switch (mode) {
            case PLAN, CLOSED -> messages.get("progress.meetings.form.PLAN");
            case HELD, EDIT -> editing == null ? "" : messages.format("progress.meetings.form." + mode.name(),
                    model.kindName(editing.kind()), messages.shortDate(editing.plannedOn()));
        });
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
