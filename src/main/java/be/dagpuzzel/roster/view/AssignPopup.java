package be.dagpuzzel.roster.view;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import be.dagpuzzel.ui.Messages;

/**
 * Typing on a place opens this: a name field and everyone ranked by the planning rules for that
 * place, each with why they fit or what problem they would bring ("why X here, why not Y").
 * Enter puts the first (or chosen) one on the place; Escape closes.
 */
final class AssignPopup {

    private final ObservableList<BoardModels.Candidate> candidates = FXCollections.observableArrayList();
    private final ListView<BoardModels.Candidate> list;
    private final TextField name = new TextField();

    private AssignPopup(Messages messages) {
        FilteredList<BoardModels.Candidate> matches = new FilteredList<>(candidates);
        list = new ListView<>(matches);
        list.setId("assignList");
        list.setPrefSize(420, 260);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BoardModels.Candidate item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label who = new Label((item.fits() ? "✓ " : item.hardProblem() ? "⚠ " : "• ") + item.name());
                who.getStyleClass().add("person-name");
                Label why = new Label(item.reason());
                why.setWrapText(true);
                why.setMaxWidth(380);
                why.getStyleClass().add(item.fits() ? "person-detail" : item.hardProblem() ? "warning-hard" : "warning-soft");
                setGraphic(new VBox(1, who, why));
                setText(null);
            }
        });
        name.setId("assignName");
        name.setPromptText(messages.get("roster.assign.prompt"));
        name.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            matches.setPredicate(c -> c.name().toLowerCase(Locale.ROOT).contains(needle));
            list.getSelectionModel().selectFirst();
        });
    }

    /** Shows the chooser under {@code anchor}; {@code ranked} is filled in when the ranking is ready. */
    static void show(Node anchor, String typed, List<BoardModels.Candidate> first, Messages messages,
                     java.util.function.Consumer<java.util.function.Consumer<List<BoardModels.Candidate>>> ranked,
                     LongConsumer onChosen) {
        AssignPopup chooser = new AssignPopup(messages);
        chooser.candidates.setAll(first);
        Popup popup = new Popup();
        popup.setAutoHide(true);
        Label hint = new Label(messages.get("roster.assign.ranking"));
        hint.getStyleClass().add("hint");
        VBox box = new VBox(4, chooser.name, chooser.list, hint);
        box.getStyleClass().add("assign-popup");
        popup.getContent().add(box);
        Runnable choose = () -> {
            BoardModels.Candidate chosen = chooser.list.getSelectionModel().getSelectedItem();
            popup.hide();
            if (chosen != null) {
                onChosen.accept(chosen.staffId());
            }
            anchor.requestFocus();
        };
        chooser.name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
            } else if (e.getCode() == KeyCode.DOWN) {
                chooser.list.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                anchor.requestFocus();
            }
        });
        chooser.list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                anchor.requestFocus();
            }
        });
        chooser.list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose.run();
            }
        });
        var bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX(), bounds.getMaxY());
        chooser.name.setText(typed);
        chooser.name.requestFocus();
        chooser.name.end();
        chooser.list.getSelectionModel().selectFirst();
        ranked.accept(list -> {
            BoardModels.Candidate selected = chooser.list.getSelectionModel().getSelectedItem();
            chooser.candidates.setAll(list);
            hint.setText(messages.get("roster.assign.ranked"));
            if (selected != null && chooser.list.isFocused()) {
                // the nurse is choosing in the list herself: keep her choice
                chooser.list.getItems().stream().filter(c -> c.staffId() == selected.staffId()).findFirst()
                        .ifPresentOrElse(c -> chooser.list.getSelectionModel().select(c),
                                () -> chooser.list.getSelectionModel().selectFirst());
            } else {
                chooser.list.getSelectionModel().selectFirst(); // the best-ranked match
            }
        });
    }
}
