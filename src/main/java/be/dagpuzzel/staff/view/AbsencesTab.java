package be.dagpuzzel.staff.view;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.staff.Absence;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** The open person's absences, newest first, and a form to add one. Delete removes (Ctrl+Z brings back). */
final class AbsencesTab extends Tab {

    AbsencesTab(StaffDetailViewModel model, Messages messages) {
        super(messages.get("staff.tab.absences"));
        setClosable(false);
        AbsenceFormModel form = model.absenceForm();

        FormGrid grid = new FormGrid(messages, form.errors(), null);
        ComboBox<AbsenceKind> kind = new ComboBox<>(FXCollections.observableArrayList(AbsenceKind.values()));
        kind.setId("absenceKind");
        EnumCells.use(kind, k -> messages.get(k.messageKey()));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        grid.add("absence.kind", "absenceKind", kind, true);
        grid.text("absence.from", StaffService.FIELD_FROM, form.fromProperty(), true).setOnAction(e -> model.addAbsence());
        grid.text("absence.to", StaffService.FIELD_TO, form.toProperty(), false).setOnAction(e -> model.addAbsence());
        CheckBox part = new CheckBox(messages.get("absence.partOfDay"));
        part.setId("absencePart");
        part.selectedProperty().bindBidirectional(form.partOfDayProperty());
        TextField partFrom = new TextField();
        partFrom.setId("absencePartFrom");
        partFrom.setPrefColumnCount(5);
        partFrom.textProperty().bindBidirectional(form.partFromProperty());
        TextField partTo = new TextField();
        partTo.setId("absencePartTo");
        partTo.setPrefColumnCount(5);
        partTo.textProperty().bindBidirectional(form.partToProperty());
        partFrom.disableProperty().bind(part.selectedProperty().not());
        partTo.disableProperty().bind(part.selectedProperty().not());
        HBox partRow = new HBox(6, part, partFrom, new Label("–"), partTo);
        partRow.setAlignment(Pos.CENTER_LEFT);
        grid.line(partRow);
        Label partError = new Label();
        partError.getStyleClass().add("field-error");
        form.errors().addListener((javafx.collections.MapChangeListener<String, String>) c ->
                partError.setText(form.errors().getOrDefault(StaffService.FIELD_PART, "")));
        grid.line(partError);
        grid.text("absence.note", "absenceNote", form.noteProperty(), false).setOnAction(e -> model.addAbsence());
        Button add = new Button(messages.get("absence.add"));
        add.setId("addAbsence");
        add.setOnAction(e -> model.addAbsence());
        grid.line(add);

        TableView<Absence> table = new TableView<>(model.absences());
        table.setId("absenceTable");
        table.setPlaceholder(new Label(messages.get("absence.none")));
        table.getColumns().add(column(messages.get("absence.kind"), a -> messages.get(a.kind().messageKey()), 90));
        table.getColumns().add(column(messages.get("absence.period"), a -> period(a, messages), 230));
        table.getColumns().add(column(messages.get("absence.note"), Absence::note, 200));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            Absence selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                model.removeAbsence(selected);
                e.consume();
            }
        });
        Button remove = new Button(messages.get("absence.remove"));
        remove.setId("removeAbsence");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeAbsence(table.getSelectionModel().getSelectedItem()));

        VBox page = new VBox(10, grid, table, remove);
        VBox.setVgrow(table, Priority.ALWAYS);
        page.getStyleClass().add("page");
        setContent(page);
    }

    static String period(Absence a, Messages messages) {
        String dates = a.from().equals(a.to()) ? messages.shortDate(a.from())
                : messages.shortDate(a.from()) + " – " + messages.shortDate(a.to());
        return a.partOfDay().map(p -> dates + ", " + p).orElse(dates);
    }

    private static TableColumn<Absence, String> column(String title, java.util.function.Function<Absence, String> value,
                                                       double width) {
        TableColumn<Absence, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
