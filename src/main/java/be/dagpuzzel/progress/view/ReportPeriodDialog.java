package be.dagpuzzel.progress.view;

import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.progress.print.ReportPeriod;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/**
 * Asks the period of a progress report: from and to, typed as 27/05/2026 (or 27/5), the last six
 * months to begin with. Enter makes the PDF, Escape cancels; a wrong date is said at its field and
 * the dialog stays open.
 */
final class ReportPeriodDialog {

    private ReportPeriodDialog() {
    }

    static Optional<ReportPeriod> ask(Window owner, ReportViewModel model, Messages messages) {
        Dialog<ReportPeriod> dialog = new Dialog<>();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        String title = messages.format("progress.report.period.title", model.workerName().orElse(""));
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label explain = new Label(messages.get("progress.report.period.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        explain.setMinHeight(Region.USE_PREF_SIZE);
        TextField from = field("reportFrom", model.fromTextProperty());
        TextField to = field("reportTo", model.toTextProperty());
        GridPane grid = new GridPane(10, 4);
        grid.addRow(0, label("progress.report.period.from", from, messages), from);
        grid.add(error("reportFromError", model.fromErrorProperty()), 1, 1);
        grid.addRow(2, label("progress.report.period.to", to, messages), to);
        grid.add(error("reportToError", model.toErrorProperty()), 1, 3);
        javafx.scene.control.CheckBox notes = new javafx.scene.control.CheckBox(
                messages.get("progress.report.period.confidential"));
        notes.setId("reportConfidential");
        notes.setMnemonicParsing(true);
        notes.setWrapText(true);
        notes.setMaxWidth(420);
        notes.selectedProperty().bindBidirectional(model.confidentialProperty());
        dialog.getDialogPane().setContent(new VBox(12, explain, grid, notes));

        ButtonType make = new ButtonType(messages.get("progress.report.period.make"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), make);
        Button makeButton = (Button) dialog.getDialogPane().lookupButton(make);
        makeButton.setId("reportMake");
        makeButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.period().isEmpty()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == make ? model.period().orElse(null) : null);
        dialog.setOnShown(e -> Platform.runLater(() -> {
            from.requestFocus();
            from.selectAll();
        }));
        return dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(10);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label label(String key, TextField field, Messages messages) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }

    private static Label error(String id, javafx.beans.property.StringProperty text) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("field-error");
        error.setStyle("-fx-text-fill: #b3261e;");
        error.setWrapText(true);
        error.setMaxWidth(300);
        error.textProperty().bind(text);
        error.managedProperty().bind(text.isNotEmpty());
        error.visibleProperty().bind(text.isNotEmpty());
        return error;
    }
}
