package be.dagpuzzel.progress.view;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;

/**
 * The "Progress" section: the workers followed on the left (with how many things are due; the first
 * line is the overview of everything due), the overview or the open worker's page on the right, a
 * tab per part of their progress. Ctrl+F searches the list, Ctrl+Z undoes the page's last change.
 */
public final class ProgressView extends SplitPane implements SectionCommands {

    /** The list's first line: the overview. */
    private static final ProgressViewModel.WorkerRow OVERVIEW = new ProgressViewModel.WorkerRow(0, "", "", 0);

    private final ProgressViewModel model;
    private final Messages messages;
    private final TextField search = new TextField();
    private final ListView<ProgressViewModel.WorkerRow> list = new ListView<>();
    private final javafx.collections.transformation.FilteredList<ProgressViewModel.WorkerRow> shown;
    private final TabPane tabs = new TabPane();
    private final StackPane right = new StackPane();
    private final OverviewPane overviewPane;
    private final BorderPane workerPane = new BorderPane();
    private final PageHeader header;
    private Runnable printReport = () -> { };

    public ProgressView(ProgressViewModel model, List<Tab> pageTabs) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("progress-view");
        getStylesheets().add(ProgressView.class.getResource("progress.css").toExternalForm());

        javafx.collections.ObservableList<ProgressViewModel.WorkerRow> withOverview =
                javafx.collections.FXCollections.observableArrayList();
        model.workers().addListener((javafx.collections.ListChangeListener<ProgressViewModel.WorkerRow>) c -> {
            Long open = model.openIdProperty().get();
            withOverview.setAll(model.workers());
            withOverview.addFirst(OVERVIEW);
            select(open);
        });
        withOverview.add(OVERVIEW);
        shown = new javafx.collections.transformation.FilteredList<>(withOverview);
        search.setId("progressSearch");
        search.setPromptText(messages.get("progress.search"));
        search.textProperty().addListener((obs, old, text) -> {
            String needle = be.dagpuzzel.core.TextMatch.fold(text == null ? "" : text.strip());
            shown.setPredicate(row -> row == OVERVIEW || needle.isEmpty()
                    || be.dagpuzzel.core.TextMatch.fold(row.name()).contains(needle));
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                if (shown.size() > 1) {
                    list.getSelectionModel().select(1);
                }
            }
        });
        list.setId("progressWorkers");
        list.setItems(shown);
        list.setCellFactory(v -> new WorkerCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.open(row == OVERVIEW ? null : row.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(8, search, list);
        left.setPadding(new Insets(10));
        left.getStyleClass().add("progress-list");
        left.setMinWidth(220);

        overviewPane = new OverviewPane(model, id -> select(id));
        tabs.setId("progressTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new SummaryTab(model));
        tabs.getTabs().addAll(pageTabs);
        header = new PageHeader(model);
        workerPane.setTop(header);
        workerPane.setCenter(tabs);
        Label message = new Label();
        message.setId("progressMessage");
        message.getStyleClass().add("notice");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.setWrapText(true);
        workerPane.setBottom(message);
        right.getChildren().setAll(overviewPane);
        model.openIdProperty().addListener((obs, old, id) -> right.getChildren().setAll(id == null ? overviewPane : workerPane));

        getItems().setAll(left, right);
        setDividerPositions(0.24);
        list.getSelectionModel().selectFirst();
        model.refresh();
    }

    /** Selects a worker's line (or the overview for null) and so opens their page. */
    public void select(Long staffId) {
        for (ProgressViewModel.WorkerRow row : shown) {
            if (staffId == null ? row == OVERVIEW : row != OVERVIEW && row.id() == staffId) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
                return;
            }
        }
        if (staffId != null) {
            model.open(staffId);
        }
    }

    /**
     * Adds "Print report…" to the worker's page: the period is asked, the PDF made in the background,
     * written where {@code printing} says and opened. Ctrl+P does the same on this page.
     */
    public void enableReport(ReportViewModel report, ReportPrinting printing) {
        javafx.scene.control.Button button = new javafx.scene.control.Button(messages.get("progress.report.button"));
        button.setId("printReport");
        button.setMnemonicParsing(true);
        button.setTooltip(new javafx.scene.control.Tooltip(messages.get("progress.report.tooltip")));
        button.disableProperty().bind(report.busyProperty().or(model.pageProperty().isNull()));
        printReport = () -> {
            if (report.begin()) {
                ReportPeriodDialog.ask(getScene() == null ? null : getScene().getWindow(), report, messages)
                        .ifPresent(period -> report.make(period, printing.centreName(), printing::printFile, printing::open));
            } else if (model.openIdProperty().get() == null) {
                printing.tell(messages.get("progress.report.noWorker")); // the overview has no message line
            }
        };
        button.setOnAction(e -> printReport.run());
        header.actions().getChildren().add(button);
    }

    /** Ctrl+P: the open worker's progress report. */
    @Override
    public void printDay() {
        printReport.run();
    }

    /** After a change elsewhere (a review, the staff register): read again. */
    public void reload() {
        model.refresh();
    }

    @Override
    public void find() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public boolean undo() {
        return model.undo();
    }

    private final class WorkerCell extends ListCell<ProgressViewModel.WorkerRow> {
        @Override
        protected void updateItem(ProgressViewModel.WorkerRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("overview-line");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row == OVERVIEW) {
                getStyleClass().add("overview-line");
                setText(messages.format("progress.overview.line", model.overview().size()));
                setGraphic(null);
                return;
            }
            Label name = new Label(row.name());
            name.getStyleClass().add("worker-name");
            Label sub = new Label(messages.get(row.programmeKey()));
            sub.getStyleClass().add("hint");
            VBox box = new VBox(1, name, sub);
            if (row.dueCount() > 0) {
                Label due = new Label(messages.format("progress.dueCount", row.dueCount()));
                due.getStyleClass().add("due-badge");
                box.getChildren().add(due);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
