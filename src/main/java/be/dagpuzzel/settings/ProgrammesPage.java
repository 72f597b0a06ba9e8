package be.dagpuzzel.settings;

import java.util.List;

import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * Programmes: a line per programme with the trajectory's term, the exceptional longer term and how
 * often a meeting is due, in months; each field is stored when left (Enter too), Escape puts it back.
 */
final class ProgrammesPage extends ScrollPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final List<String> FIELDS = List.of(ProgrammesViewModel.FIELD_DURATION,
            ProgrammesViewModel.FIELD_EXTENDED, ProgrammesViewModel.FIELD_MEETINGS);

    ProgrammesPage(ProgrammesViewModel model, Messages messages) {
        setId("programmesPage");
        setFitToWidth(true);
        Label intro = new Label(messages.get("programmes.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setId("programmeRules");
        grid.setHgap(12);
        grid.setVgap(2);
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(Label.USE_PREF_SIZE);
        grid.getColumnConstraints().add(names);
        for (int i = 0; i < FIELDS.size(); i++) {
            javafx.scene.layout.ColumnConstraints months = new javafx.scene.layout.ColumnConstraints(170);
            months.setMinWidth(140);
            grid.getColumnConstraints().add(months);
        }
        grid.addRow(0, header(messages.get("programmes.programme")), header(messages.get("programmes.duration")),
                header(messages.get("programmes.extended")), header(messages.get("programmes.meetings")));
        int row = 1;
        for (ProgrammesViewModel.Row line : model.rows()) {
            Label name = new Label(model.programmeName(line.programme()));
            name.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(name, 0, row);
            int column = 1;
            for (String field : FIELDS) {
                TextField input = new TextField();
                input.setId("rule-" + line.programme().name() + "-" + field);
                input.setPrefColumnCount(6);
                input.setPromptText(messages.get(switch (field) {
                    case ProgrammesViewModel.FIELD_DURATION -> "programmes.perPerson";
                    case ProgrammesViewModel.FIELD_EXTENDED -> "programmes.noExtension";
                    default -> "programmes.noMeetings";
                }));
                input.textProperty().bindBidirectional(line.field(field));
                FormGrid.commitOnLeave(input, () -> model.commit(line, field), () -> model.revert(line, field));
                if (column == 1) {
                    name.setLabelFor(input);
                }
                Label error = new Label();
                error.setId(input.getId() + "-error");
                error.getStyleClass().add("field-error");
                error.setWrapText(true);
                error.setMaxWidth(170);
                Runnable show = () -> {
                    String text = line.errors().get(field);
                    error.setText(text == null ? "" : text);
                    error.setVisible(text != null);
                    error.setManaged(text != null);
                    input.pseudoClassStateChanged(INVALID, text != null);
                };
                line.errors().addListener((MapChangeListener<String, String>) c -> show.run());
                show.run();
                grid.add(input, column, row);
                grid.add(error, column, row + 1);
                column++;
            }
            row += 2;
        }
        Label hint = new Label(messages.get("programmes.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox page = new VBox(12, intro, grid, hint);
        page.getStyleClass().add("page");
        setContent(page);
        KeyCombination undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (undo.match(e)) {
                model.undo();
                e.consume();
            }
        });
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        label.setWrapText(true);
        label.setMaxWidth(200);
        return label;
    }
}
