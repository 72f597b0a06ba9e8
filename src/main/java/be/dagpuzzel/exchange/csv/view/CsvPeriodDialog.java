package be.dagpuzzel.exchange.csv.view;

import java.time.LocalDate;
import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/** Asks the period of a CSV report: from and to, last month to begin with. */
public final class CsvPeriodDialog {

    private CsvPeriodDialog() {
    }

    /** {@code report} is "hours" or "attendance". */
    public static Optional<CsvPeriod> ask(Window owner, Messages messages, String report, LocalDate today) {
        Dialog<CsvPeriod> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("csv.period.title." + report));
        dialog.setHeaderText(messages.get("csv.period.title." + report));
        CsvPeriod initial = CsvPeriod.lastMonth(today);
        DatePicker from = picker("csvFrom", messages, initial.from());
        DatePicker to = picker("csvTo", messages, initial.to());
        Label explain = new Label(messages.get("csv.period.explain." + report));
        explain.setWrapText(true);
        explain.setMaxWidth(440);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.setId("csvPeriodError");
        error.setStyle("-fx-text-fill: #b3261e;");
        error.setWrapText(true);
        error.setMaxWidth(440);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        GridPane grid = new GridPane(10, 8);
        Label fromLabel = new Label(messages.get("csv.period.from"));
        fromLabel.setLabelFor(from);
        Label toLabel = new Label(messages.get("csv.period.to"));
        toLabel.setLabelFor(to);
        grid.addRow(0, fromLabel, from);
        grid.addRow(1, toLabel, to);
        dialog.getDialogPane().setContent(new VBox(12, explain, grid, error));

        ButtonType next = new ButtonType(messages.get("csv.period.next"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), next);
        Button nextButton = (Button) dialog.getDialogPane().lookupButton(next);
        nextButton.setId("csvPeriodNext");
        nextButton.addEventFilter(ActionEvent.ACTION, e -> {
            commit(from);
            commit(to);
            if (CsvPeriod.of(from.getValue(), to.getValue()).isEmpty()) {
                error.setText(messages.get("csv.period.invalid"));
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == next ? CsvPeriod.of(from.getValue(), to.getValue()).orElse(null)
                : null);
        dialog.setOnShown(e -> Platform.runLater(from::requestFocus));
        return dialog.showAndWait();
    }

    private static DatePicker picker(String id, Messages messages, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setPrefWidth(160);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : messages.shortDate(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return DateText.parse(text).orElse(null);
            }
        });
        return picker;
    }

    /** What is typed counts even without Enter. */
    private static void commit(DatePicker picker) {
        String typed = picker.getEditor().getText();
        picker.setValue(DateText.parse(typed).orElse(null));
    }
}
