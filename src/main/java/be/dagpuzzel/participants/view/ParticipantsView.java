package be.dagpuzzel.participants.view;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The "Participants" section: the searchable list on the left (Ctrl+F search, Ctrl+N new), the
 * open participant on the right. Follows the app's date for the weekdays in force.
 */
public final class ParticipantsView extends SplitPane implements SectionCommands {

    private final ParticipantListViewModel list;
    private final ParticipantDetailViewModel detail;
    private final TaskRunner runner;
    private final ParticipantService participants;
    private final Messages messages;
    private final TableView<ParticipantRow> table;
    private final TextField search = new TextField();
    private final ParticipantDetailView detailView;
    /** Held here and registered weakly: a view left behind by a rebuilt window stops following the date. */
    private final ChangeListener<LocalDate> dateListener = (obs, old, day) -> reload();

    public ParticipantsView(TaskRunner runner, ParticipantListViewModel list, ParticipantDetailViewModel detail,
                            ParticipantService participants, Messages messages, ObservableValue<LocalDate> date) {
        this.list = list;
        this.detail = detail;
        this.runner = runner;
        this.participants = participants;
        this.messages = messages;
        getStyleClass().add("participants-view");
        table = table();

        search.setId("participantSearch");
        search.setPromptText(messages.get("participants.search"));
        search.textProperty().bindBidirectional(list.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        ComboBox<ParticipantListViewModel.Show> show = new ComboBox<>(
                FXCollections.observableArrayList(ParticipantListViewModel.Show.values()));
        show.setId("participantShow");
        EnumCells.use(show, s -> messages.get("participants.show." + s.name()));
        show.valueProperty().bindBidirectional(list.showProperty());
        ComboBox<ParticipantListViewModel.Sort> sort = new ComboBox<>(
                FXCollections.observableArrayList(ParticipantListViewModel.Sort.values()));
        sort.setId("participantSort");
        EnumCells.use(sort, s -> messages.get("participants.sort." + s.name()));
        sort.valueProperty().bindBidirectional(list.sortProperty());
        Label sortLabel = new Label(messages.get("participants.sort"));
        sortLabel.setLabelFor(sort);
        sortLabel.setMinWidth(Region.USE_PREF_SIZE);

        Button add = new Button(messages.get("participants.new"));
        add.setId("newParticipant");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new Tooltip(messages.get("participants.new.tooltip")));
        add.setOnAction(e -> createNew());
        Label title = new Label(messages.get("section.participants"));
        title.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(10, title, gap, add);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox filters = new HBox(8, show, sortLabel, sort);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, titleRow, search, filters, table);
        left.getStyleClass().add("staff-list");
        VBox.setVgrow(table, Priority.ALWAYS);

        Label choose = new Label(messages.get("participants.choose"));
        choose.getStyleClass().add("hint");
        choose.setWrapText(true);
        choose.setPadding(new javafx.geometry.Insets(0, 24, 0, 24));
        detailView = new ParticipantDetailView(detail, messages);
        StackPane right = new StackPane(choose, detailView);
        detailView.visibleProperty().bind(detail.participantProperty().isNotNull());
        choose.visibleProperty().bind(detail.participantProperty().isNull());
        getItems().addAll(left, right);
        setDividerPositions(0.6);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && (detail.participantProperty().get() == null
                    || detail.participantProperty().get().id() != row.id())) {
                detail.open(row.id());
            }
        });
        detail.setOnStored(this::refreshList);
        list.dateProperty().bind(date);
        detail.dateProperty().bind(date);
        date.addListener(new WeakChangeListener<>(dateListener));
        reload();
    }

    /** Reloads the list (after changes made elsewhere), keeping the selection and reopening it. */
    public void reload() {
        ParticipantRow selected = table.getSelectionModel().getSelectedItem();
        list.load(() -> {
            if (selected != null) {
                select(selected.id());
                detail.open(selected.id());
            }
        });
    }

    /** Reloads only the list lines, keeping the open participant's forms as they are. */
    private void refreshList() {
        ParticipantRow selected = table.getSelectionModel().getSelectedItem();
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
        NewParticipantDialog.ask(getScene().getWindow(), messages, list.dateProperty().get()).ifPresent(draft ->
                runner.save(p -> participants.add(draft.details(), draft.days()), created -> {
                    list.searchProperty().set("");
                    list.showProperty().set(ParticipantListViewModel.Show.ACTIVE);
                    list.load(() -> {
                        select(created.id());
                        detail.open(created.id());
                        detailView.showProfile();
                    });
                }));
    }

    private TableView<ParticipantRow> table() {
        TableView<ParticipantRow> t = new TableView<>(list.visibleRows());
        t.setId("participantTable");
        t.setPlaceholder(new Label(messages.get("participants.none")));
        t.getColumns().addAll(List.of(
                column("participants.column.name", ParticipantRow::name, 150),
                column("participants.column.municipality", ParticipantRow::municipality, 90),
                column("participants.column.weekdays", ParticipantRow::weekdays, 98),
                column("participants.column.aid", ParticipantRow::aidText, 122),
                column("participants.column.run", ParticipantRow::run, 95)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(ParticipantRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("row-archived");
                if (!empty && row != null && row.archived()) {
                    getStyleClass().add("row-archived");
                }
            }
        });
        return t;
    }

    /**
     * A column the list's own order sorts (the sort box), not a click on its header. A text cut
     * short in a narrow window shows in full as a tooltip.
     */
    private TableColumn<ParticipantRow, String> column(String titleKey, Function<ParticipantRow, String> value,
                                                       double width) {
        TableColumn<ParticipantRow, String> column = new TableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** How one participant's data is written to a file (the app gives the file chooser and the store). */
    public void setExporter(ParticipantDetailView.Exporter exporter) {
        detailView.setExporter(exporter);
    }
}
