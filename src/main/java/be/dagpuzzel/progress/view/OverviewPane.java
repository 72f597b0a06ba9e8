package be.dagpuzzel.progress.view;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.Due;
import be.dagpuzzel.ui.Messages;

/**
 * Everything due for all workers followed, soonest first: meetings, steps to sign off, trajectories
 * ending, goals past their date. Enter or a double click opens the worker's page.
 */
final class OverviewPane extends VBox {

    OverviewPane(ProgressViewModel model, Consumer<Long> openWorker) {
        Messages messages = model.messages();
        ProgressTexts texts = new ProgressTexts(model);
        getStyleClass().add("page");
        setPadding(new Insets(14));
        setSpacing(8);
        Label title = new Label(messages.get("progress.overview.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(messages.get("progress.overview.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        TableView<Due> table = new TableView<>(model.overview());
        table.setId("progressOverview");
        table.setPlaceholder(new Label(messages.get("progress.overview.nothing")));
        TableColumn<Due, String> when = new TableColumn<>(messages.get("progress.overview.when"));
        when.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.shortDate(c.getValue().date())));
        when.setPrefWidth(110);
        TableColumn<Due, String> who = new TableColumn<>(messages.get("progress.overview.who"));
        who.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().staffName()));
        who.setPrefWidth(180);
        TableColumn<Due, String> kind = new TableColumn<>(messages.get("progress.overview.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().kind().messageKey())));
        kind.setPrefWidth(190);
        TableColumn<Due, String> what = new TableColumn<>(messages.get("progress.overview.what"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(texts.due(c.getValue())));
        what.setPrefWidth(420);
        table.getColumns().setAll(java.util.List.of(when, who, kind, what));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<Due> row = new TableRow<>() {
                @Override
                protected void updateItem(Due item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                            !empty && item != null && item.overdue());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openWorker.accept(row.getItem().staffId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Due selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                openWorker.accept(selected.staffId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(title, hint, table);
    }
}
