package be.dagpuzzel.exchange.csv.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import be.dagpuzzel.exchange.csv.CsvField;
import be.dagpuzzel.exchange.csv.CsvTable;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/**
 * The CSV import dialog: the file's first rows under their columns, a list above each column to
 * say what it holds (or that it is not imported), every problem with its line and column, and the
 * two ways in: all rows (only when every row is valid) or only the valid ones.
 */
public final class CsvImportDialog {

    private static final String WARNING = "-fx-text-fill: #b3261e;";
    /** Wide enough for the longest target in a list ("Door-to-door help *", "Tel. contactpersoon"). */
    private static final double COLUMN_WIDTH = 185;

    private CsvImportDialog() {
    }

    /** Shows the dialog (it does not wait); {@code imported} gets the number of rows stored once they are. */
    public static <T> Dialog<ButtonType> show(Window owner, CsvImportViewModel<T> model, Messages messages,
                                              Consumer<Integer> imported) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.setTitle(model.title());
        dialog.setHeaderText(model.title());

        Label file = new Label(model.fileLine());
        file.setId("csvFile");
        file.setStyle("-fx-font-weight: bold;");
        Label explain = wrapped(messages.get("csv.import.explain"));
        Label rule = wrapped(model.rule());
        rule.setId("csvRule");
        TableView<CsvTable.Row> preview = preview(model, messages);
        Label problemsTitle = new Label(messages.get("csv.import.problems"));
        problemsTitle.setStyle("-fx-font-weight: bold;");
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("csvProblems");
        problems.setPrefHeight(150);
        problems.setMinHeight(110);
        problems.setPlaceholder(new Label(""));
        problems.setCellFactory(list -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setStyle(empty ? "" : WARNING);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
            return cell;
        });
        Label summary = wrapped("");
        summary.setId("csvSummary");
        summary.textProperty().bind(model.summaryProperty());
        VBox content = new VBox(8, file, explain, rule, preview, problemsTitle, problems, summary);
        VBox.setVgrow(preview, Priority.ALWAYS);
        content.setPrefWidth(1000);
        dialog.getDialogPane().setContent(content);

        ButtonType onlyValid = new ButtonType("onlyValid", ButtonBar.ButtonData.OTHER);
        ButtonType all = new ButtonType("all", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), onlyValid, all);
        Button onlyValidButton = (Button) dialog.getDialogPane().lookupButton(onlyValid);
        onlyValidButton.setId("csvImportValid");
        onlyValidButton.textProperty().bind(model.importValidTextProperty());
        onlyValidButton.disableProperty().bind(model.canImportValidProperty().not());
        ButtonBar.setButtonUniformSize(onlyValidButton, false);
        Button allButton = (Button) dialog.getDialogPane().lookupButton(all);
        ButtonBar.setButtonUniformSize(allButton, false);
        allButton.setId("csvImportAll");
        allButton.textProperty().bind(model.importAllTextProperty());
        allButton.disableProperty().bind(model.canImportAllProperty().not());
        onlyValidButton.managedProperty().bind(onlyValidButton.disableProperty().not()
                .or(model.canImportAllProperty().not()));
        onlyValidButton.visibleProperty().bind(onlyValidButton.managedProperty());
        Consumer<Integer> done = count -> {
            dialog.setResult(all);
            dialog.close();
            imported.accept(count);
        };
        onlyValidButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importRows(true, done);
        });
        allButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importRows(false, done);
        });
        dialog.show();
        model.start();
        return dialog;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** The first rows; above each column the list of what it can hold. */
    private static <T> TableView<CsvTable.Row> preview(CsvImportViewModel<T> model, Messages messages) {
        TableView<CsvTable.Row> table = new TableView<>(model.preview());
        table.setId("csvPreview");
        table.setPrefHeight(250);
        table.setMinHeight(150);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<CsvTable.Row, String> line = new TableColumn<>("#");
        line.setSortable(false);
        line.setPrefWidth(44);
        line.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().line())));
        line.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                boolean wrong = !empty && getTableRow() != null && getTableRow().getItem() != null
                        && model.problemLines().contains(getTableRow().getItem().line());
                setStyle(wrong ? WARNING + " -fx-font-weight: bold;" : "");
            }
        });
        table.getColumns().add(line);
        List<ComboBox<Optional<CsvField>>> choices = new ArrayList<>();
        boolean[] updating = {false};
        for (int i = 0; i < model.table().header().size(); i++) {
            int index = i;
            ComboBox<Optional<CsvField>> choice = new ComboBox<>();
            choice.setId("csvTarget-" + i);
            choice.getItems().add(Optional.empty());
            model.fields().forEach(f -> choice.getItems().add(Optional.of(f)));
            StringConverter<Optional<CsvField>> text = new StringConverter<>() {
                @Override
                public String toString(Optional<CsvField> field) {
                    return field == null ? "" : model.fieldText(field);
                }

                @Override
                public Optional<CsvField> fromString(String string) {
                    return Optional.empty();
                }
            };
            choice.setConverter(text);
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setStyle("-fx-font-weight: normal;");
            choice.setValue(model.mapping().get(i));
            choice.valueProperty().addListener((obs, old, value) -> {
                if (!updating[0] && value != null) {
                    model.setTarget(index, value);
                }
            });
            choices.add(choice);
            Label header = new Label(model.table().columnName(i));
            header.setStyle("-fx-font-weight: bold;");
            header.setMaxWidth(Double.MAX_VALUE);
            VBox heading = new VBox(4, choice, header);
            heading.setFillWidth(true);
            TableColumn<CsvTable.Row, String> column = new TableColumn<>();
            column.setGraphic(heading);
            column.setSortable(false);
            column.setReorderable(false);
            column.setPrefWidth(Math.max(COLUMN_WIDTH, Math.min(280, 9 * model.table().columnName(i).length())));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index).replace('\n', ' ')));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    boolean ignored = model.mapping().get(index).isEmpty();
                    setStyle(ignored ? "-fx-text-fill: #8a9390; -fx-font-style: italic;" : "");
                }
            });
            heading.prefWidthProperty().bind(column.widthProperty().subtract(10));
            table.getColumns().add(column);
        }
        model.mapping().addListener((ListChangeListener<Optional<CsvField>>) change -> {
            updating[0] = true;
            for (int i = 0; i < choices.size(); i++) {
                choices.get(i).setValue(model.mapping().get(i));
            }
            updating[0] = false;
            table.refresh();
        });
        model.problemLines().addListener((javafx.collections.SetChangeListener<Integer>) change -> table.refresh());
        return table;
    }
}
