package be.dagpuzzel.progress.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * "Coaching notes": the banner that they are confidential (shown here, printed on the progress
 * report only), the form to write one (Ctrl+Enter in the text stores it) and the notes, newest
 * first (Delete removes the chosen one, Ctrl+Z brings it back).
 */
final class NotesTab extends Tab {

    private final NotesViewModel model;
    private final Messages messages;

    NotesTab(NotesViewModel model, Messages messages) {
        super(messages.get("progress.tab.notes"));
        this.model = model;
        this.messages = messages;
        setId("progressNotesTab");

        Label banner = new Label(messages.get("progress.notes.banner"));
        banner.setId("notesBanner");
        banner.getStyleClass().add("confidential-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        TextField date = new TextField();
        date.setId("noteDate");
        date.setPrefColumnCount(9);
        date.textProperty().bindBidirectional(model.dateProperty());
        TextField writer = new TextField();
        writer.setId("noteWriter");
        writer.setPrefColumnCount(18);
        writer.textProperty().bindBidirectional(model.writerProperty());
        CheckBox confidential = new CheckBox(messages.get("progress.notes.confidential"));
        confidential.setId("noteConfidential");
        confidential.selectedProperty().bindBidirectional(model.confidentialProperty());
        TextArea text = new TextArea();
        text.setId("noteText");
        text.setPrefRowCount(4);
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setPromptText(messages.get("progress.notes.textHint"));
        text.textProperty().bindBidirectional(model.textProperty());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isControlDown()) {
                model.add();
                e.consume();
            }
        });
        date.setOnAction(e -> model.add());
        writer.setOnAction(e -> model.add());
        Button store = new Button(messages.get("progress.notes.add"));
        store.setId("noteStore");
        store.setOnAction(e -> model.add());

        FormGrid form = new FormGrid(model.errors());
        form.setMaxWidth(720);
        HBox when = new HBox(10, date, new Label(messages.get("progress.notes.writer")), writer, confidential);
        when.setAlignment(Pos.CENTER_LEFT);
        when.setId("noteWhen");
        form.row(messages.get("progress.notes.date"), when, null);
        form.row(messages.get("progress.notes.text"), text, NotesViewModel.TEXT);
        Label dateError = error(NotesViewModel.DATE);
        Label writerError = error(NotesViewModel.WRITER);
        Label hint = new Label(messages.get("progress.notes.textHint"));
        hint.getStyleClass().add("hint");
        HBox buttons = new HBox(10, store, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        form.wide(new VBox(2, dateError, writerError, buttons));

        ListView<CoachingNote> list = new ListView<>(model.notes());
        list.setId("notesList");
        list.setPlaceholder(new Label(messages.get("progress.notes.none")));
        list.setCellFactory(v -> new NoteCell());
        list.setPrefHeight(180);
        Button remove = new Button(messages.get("progress.notes.remove"));
        remove.setId("noteRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                model.remove(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(10, banner, form, list, remove);
        content.setPadding(new Insets(12));
        setContent(content);
    }

    private Label error(String field) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setId("note-" + field + "-error");
        label.textProperty().bind(javafx.beans.binding.Bindings.valueAt(model.errors(), field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private final class NoteCell extends ListCell<CoachingNote> {
        @Override
        protected void updateItem(CoachingNote note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label when = new Label(messages.shortDate(note.writtenOn())
                    + (note.writtenBy().isEmpty() ? "" : " · " + note.writtenBy()));
            when.getStyleClass().add("form-label");
            Label mark = new Label(messages.get(note.confidential() ? "progress.notes.confidentialMark"
                    : "progress.notes.openMark"));
            mark.getStyleClass().add(note.confidential() ? "confidential-badge" : "hint");
            HBox top = new HBox(8, when, mark);
            top.setAlignment(Pos.CENTER_LEFT);
            Label text = new Label(note.note());
            text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            text.setMaxWidth(Math.max(200, getListView().getWidth() - 40));
            setText(null);
            setGraphic(new VBox(2, top, text));
        }
    }
}
