package be.dagpuzzel.roster.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import be.dagpuzzel.ui.Messages;

/**
 * Typing on a place opens this: a name field and the matching people, those who are here first.
 * Enter puts the first (or chosen) one on the place; Escape closes.
 */
final class AssignPopup {

    private AssignPopup() {
    }

    static void show(Node anchor, String typed, List<BoardModels.PersonLine> here, List<BoardModels.PersonLine> away,
                     Messages messages, LongConsumer onChosen) {
        List<BoardModels.PersonLine> all = new ArrayList<>(here);
        all.addAll(away);
        ObservableList<BoardModels.PersonLine> people = FXCollections.observableArrayList(all);
        FilteredList<BoardModels.PersonLine> matches = new FilteredList<>(people);
        TextField name = new TextField();
        name.setId("assignName");
        name.setPromptText(messages.get("roster.assign.prompt"));
        ListView<BoardModels.PersonLine> list = new ListView<>(matches);
        list.setId("assignList");
        list.setPrefSize(300, 220);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BoardModels.PersonLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.name() + "   " + item.detail());
                setStyle(item != null && !item.here() ? "-fx-text-fill: #9a3a32;" : "");
            }
        });
        name.textProperty().addListener((obs, old, text) -> {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            matches.setPredicate(p -> p.name().toLowerCase(Locale.ROOT).contains(needle));
            list.getSelectionModel().selectFirst();
        });
        Popup popup = new Popup();
        popup.setAutoHide(true);
        VBox box = new VBox(4, name, list);
        box.getStyleClass().add("assign-popup");
        popup.getContent().add(box);
        Runnable choose = () -> {
            BoardModels.PersonLine chosen = list.getSelectionModel().getSelectedItem();
            popup.hide();
            if (chosen != null) {
                onChosen.accept(chosen.staffId());
            }
            anchor.requestFocus();
        };
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
            } else if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                anchor.requestFocus();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                anchor.requestFocus();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                choose.run();
            }
        });
        var bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX(), bounds.getMaxY());
        name.setText(typed);
        name.requestFocus();
        name.end();
        list.getSelectionModel().selectFirst();
    }
}
