package be.dagpuzzel.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** Closing days: the dates the centre is closed, a row to add one (27/11/2026) and Delete with undo. */
final class ClosingDaysPage extends VBox {

    ClosingDaysPage(ClosingDaysViewModel model, Messages messages) {
        super(10);
        setId("closingDaysPage");
        getStyleClass().add("page");
        Label intro = new Label(messages.get("closingDays.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);

        TableView<ClosingDay> table = new TableView<>(model.days());
        table.setId("closingDayTable");
        table.setPlaceholder(new Label(messages.get("closingDays.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ClosingDay, String> date = new TableColumn<>(messages.get("closingDays.column.date"));
        date.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(messages.longDate(c.getValue().date())));
        date.setPrefWidth(260);
        TableColumn<ClosingDay, String> what = new TableColumn<>(messages.get("closingDays.column.description"));
        what.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().description()));
        table.getColumns().setAll(java.util.List.of(date, what));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, day) -> model.selectedProperty().set(day));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.remove();
                e.consume();
            }
        });
        table.setMaxWidth(640);
        VBox.setVgrow(table, Priority.ALWAYS);

        FormGrid form = new FormGrid(model.errors());
        TextField day = new TextField();
        day.setId("closingDay-date");
        day.setPromptText(messages.get("date.format.hint"));
        day.textProperty().bindBidirectional(model.dateProperty());
        day.setOnAction(e -> model.add());
        form.row(messages.get("closingDays.column.date"), day, DayTemplateService.FIELD_DATE);
        TextField description = new TextField();
        description.setId("closingDay-description");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.setOnAction(e -> model.add());
        form.row(messages.get("closingDays.column.description"), description, null);
        Button add = new Button(messages.get("closingDays.add"));
        add.setId("addClosingDay");
        add.setOnAction(e -> model.add());
        Button remove = new Button(messages.get("templates.remove"));
        remove.setId("removeClosingDay");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> model.remove());
        form.wide(new HBox(6, add, remove));
        form.setMaxWidth(640);

        Label notice = new Label();
        notice.setId("closingDaysNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        getChildren().addAll(intro, table, form, notice);
        KeyCombination newDay = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (newDay.match(e)) {
                day.requestFocus();
                e.consume();
            } else if (undo.match(e)) {
                model.undo();
                e.consume();
            }
        });
    }
}
