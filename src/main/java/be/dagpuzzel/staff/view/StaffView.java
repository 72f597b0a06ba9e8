package be.dagpuzzel.staff.view;

import java.time.LocalDate;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The "Staff" section: a searchable list on the left (Ctrl+F search, Ctrl+N new), the open
 * person on the right. Follows the app's date for today's availability and for expiry.
 */
public final class StaffView extends SplitPane implements SectionCommands {

    private final StaffListViewModel list;
    private final StaffDetailViewModel detail;
    private final TaskRunner runner;
    private final StaffService staff;
    private final Messages messages;
    private final TableView<StaffRow> table;
    private final TextField search = new TextField();
    private final StaffDetailView detailView;
    private TableColumn<StaffRow, String> dayColumn;
    /** Held here and registered weakly: a view left behind by a rebuilt window stops following the date. */
    private final javafx.beans.value.ChangeListener<LocalDate> dateListener = (obs, old, day) -> reload();

    public StaffView(TaskRunner runner, StaffListViewModel list, StaffDetailViewModel detail, StaffService staff,
                     Messages messages, ObservableValue<LocalDate> date) {
        this.list = list;
        this.detail = detail;
        this.runner = runner;
        this.staff = staff;
        this.messages = messages;
        getStyleClass().add("staff-view");
        table = table();

        search.setId("staffSearch");
        search.setPromptText(messages.get("staff.search"));
        search.textProperty().bindBidirectional(list.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        ComboBox<StaffListViewModel.Show> show = new ComboBox<>(
                FXCollections.observableArrayList(StaffListViewModel.Show.values()));
        show.setId("staffShow");
        EnumCells.use(show, s -> messages.get("staff.show." + s.name()));
        show.valueProperty().bindBidirectional(list.showProperty());
        ComboBox<Programme> programme = new ComboBox<>();
        programme.getItems().add(null);
        programme.getItems().addAll(Programme.values());
        programme.setId("staffProgramme");
        EnumCells.use(programme, p -> p == null ? messages.get("staff.programme.all") : messages.get(p.messageKey()));
        programme.valueProperty().bindBidirectional(list.programmeProperty());
        programme.setValue(null);
        programme.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Programme item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get("staff.programme.all") : messages.get(item.messageKey()));
            }
        });
        Button add = new Button(messages.get("staff.new"));
        add.setId("newStaff");
        add.setTooltip(new Tooltip(messages.get("staff.new.tooltip")));
        add.setOnAction(e -> createNew());
        Label title = new Label(messages.get("section.staff"));
        title.getStyleClass().add("section-title");
        HBox titleRow = new HBox(10, title, new StackPane(), add);
        HBox.setHgrow(titleRow.getChildren().get(1), Priority.ALWAYS);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, show, programme);
        VBox left = new VBox(8, titleRow, search, filters, table);
        left.getStyleClass().add("staff-list");
        VBox.setVgrow(table, Priority.ALWAYS);

        Label choose = new Label(messages.get("staff.choose"));
        choose.getStyleClass().add("hint");
        detailView = new StaffDetailView(detail, messages, () -> list.load(null));
        StackPane right = new StackPane(choose, detailView);
        detailView.visibleProperty().bind(detail.detailsProperty().isNotNull());
        choose.visibleProperty().bind(detail.detailsProperty().isNull());
        getItems().addAll(left, right);
        setDividerPositions(0.5);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && (detail.detailsProperty().get() == null
                    || detail.detailsProperty().get().member().id() != row.id())) {
                detail.open(row.id());
            }
        });
        detail.setOnStored(this::refreshList);
        list.dateProperty().bind(date);
        dayColumn.textProperty().bind(date.map(d -> messages.format("staff.column.dayOf",
                d.format(java.time.format.DateTimeFormatter.ofPattern("EEE d/M", messages.locale())))));
        detail.dateProperty().bind(date);
        date.addListener(new javafx.beans.value.WeakChangeListener<>(dateListener));
        reload();
    }

    /** Reloads the list (after changes made elsewhere, e.g. a quick absence), keeping the selection. */
    public void reload() {
        StaffRow selected = table.getSelectionModel().getSelectedItem();
        list.load(() -> {
            if (selected != null) {
                select(selected.id());
                detail.open(selected.id());
            }
        });
    }

    /** Reloads only the list lines, keeping the open person's forms as they are. */
    private void refreshList() {
        StaffRow selected = table.getSelectionModel().getSelectedItem();
        list.load(() -> {
            if (selected != null) {
                select(selected.id());
            }
        });
    }

    private void select(long id) {
        table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    @Override
    public void find() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public boolean undo() {
        return detail.undo();
    }

    @Override
    public void createNew() {
        NewStaffDialog.ask(getScene().getWindow(), messages, list.dateProperty().get()).ifPresent(profile ->
                runner.save(p -> staff.create(profile), created -> {
                    list.searchProperty().set("");
                    list.load(() -> {
                        select(created.id());
                        detail.open(created.id());
                        detailView.showProfile();
                    });
                }));
    }

    private TableView<StaffRow> table() {
        TableView<StaffRow> t = new TableView<>(list.visibleRows());
        t.setId("staffTable");
        t.setPlaceholder(new Label(messages.get("staff.none")));
        TableColumn<StaffRow, String> name = column(messages.get("staff.column.name"), StaffRow::name, 150);
        name.setComparator(String.CASE_INSENSITIVE_ORDER);
        TableColumn<StaffRow, String> programme = column(messages.get("staff.column.programme"), StaffRow::programmeText, 130);
        TableColumn<StaffRow, String> day = column(messages.get("staff.column.day"), StaffRow::day, 110);
        dayColumn = day;
        TableColumn<StaffRow, String> skills = column(messages.get("staff.column.skills"), StaffRow::skills, 160);
        t.getColumns().addAll(java.util.List.of(name, programme, day, skills));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.collections.transformation.SortedList<StaffRow> sorted = new javafx.collections.transformation.SortedList<>(
                list.visibleRows());
        sorted.comparatorProperty().bind(t.comparatorProperty());
        t.setItems(sorted);
        t.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(StaffRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("row-absent", "row-off", "row-archived");
                if (!empty && row != null) {
                    if (row.archived()) {
                        getStyleClass().add("row-archived");
                    } else if (row.dayOrder() == 2) {
                        getStyleClass().add("row-absent");
                    } else if (row.dayOrder() >= 3) {
                        getStyleClass().add("row-off");
                    }
                }
            }
        });
        return t;
    }

    private static TableColumn<StaffRow, String> column(String title, java.util.function.Function<StaffRow, String> value,
                                                        double width) {
        TableColumn<StaffRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** What the "Progress page" button does for a worker the Progress section follows: open it on them. */
    public void setOpenProgress(java.util.function.Consumer<Long> openProgress) {
        detailView.setOpenProgress(openProgress);
    }

    /** The Privacy menu's actions for the open staff member (the app gives the store and the file chooser). */
    public void setPrivacy(StaffDetailView.Privacy privacy) {
        detailView.setPrivacy(privacy);
    }
}
