package be.dagpuzzel.progress.view;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * Hours and training: hours per task type for a chosen period with the task colours, the task mix
 * per month as stacked bars, the hours of care practice towards the target, and the training log
 * with a form to add a course (Delete removes one, Ctrl+Z brings it back).
 */
final class HoursTab extends Tab {

    private final ProgressViewModel page;
    private final HoursModel model;
    private final Messages messages;
    private final StackPane chartHolder = new StackPane();
    private final TableView<Training> trainings = new TableView<>();

    HoursTab(ProgressViewModel page, ProgressService progress) {
        super(page.messages().get("progress.tab.hours"));
        this.page = page;
        this.model = new HoursModel(page, progress);
        this.messages = page.messages();
        setId("progressHoursTab");

        Node hours = hoursPart();
        Label mixHint = new Label(messages.get("progress.hours.mixHint"));
        mixHint.getStyleClass().add("hint");
        mixHint.setWrapText(true);
        VBox chart = new VBox(6, title("progress.hours.mixTitle"), mixHint, chartHolder);
        chartHolder.setMinHeight(320);
        chartHolder.setPrefHeight(340);
        VBox.setVgrow(chartHolder, Priority.ALWAYS);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox top = new HBox(20, hours, chart);
        VBox content = new VBox(12, top, title("progress.training.heading"), trainingPart());
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setContent(scroll);
        page.pageProperty().addListener((obs, old, value) -> showChart(value));
        showChart(page.pageProperty().get());
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private Node hoursPart() {
        ComboBox<HoursModel.Period> period = new ComboBox<>(FXCollections.observableArrayList(HoursModel.Period.values()));
        period.setId("hoursPeriod");
        EnumCells.use(period, p -> messages.get(p.messageKey()));
        period.valueProperty().bindBidirectional(model.periodProperty());
        Label periodLabel = new Label(messages.get("progress.hours.period"));
        periodLabel.setLabelFor(period);
        HBox periodRow = new HBox(8, periodLabel, period);
        periodRow.setAlignment(Pos.CENTER_LEFT);

        TableView<HoursModel.TaskLine> table = new TableView<>(model.lines());
        table.setId("hoursTable");
        table.setPlaceholder(new Label(messages.get("progress.hours.none")));
        TableColumn<HoursModel.TaskLine, HoursModel.TaskLine> task = new TableColumn<>(messages.get("progress.hours.task"));
        task.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        task.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(HoursModel.TaskLine item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(item.name());
                setGraphic(swatch(item.colour()));
            }
        });
        task.setPrefWidth(170);
        TableColumn<HoursModel.TaskLine, String> amount = new TableColumn<>(messages.get("progress.hours.hours"));
        amount.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hours()));
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        amount.setPrefWidth(70);
        TableColumn<HoursModel.TaskLine, String> care = new TableColumn<>(messages.get("progress.hours.care"));
        care.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().carePractice() ? "✓" : ""));
        care.setStyle("-fx-alignment: CENTER;");
        care.setPrefWidth(110);
        table.getColumns().addAll(java.util.List.of(task, amount, care));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(210);
        Label total = new Label();
        total.setId("hoursTotal");
        total.textProperty().bind(model.totalProperty());

        Label careText = new Label();
        careText.setId("careText");
        careText.textProperty().bind(model.careTextProperty());
        careText.setWrapText(true);
        ProgressBar careBar = new ProgressBar();
        careBar.setId("careProgress");
        careBar.setMaxWidth(Double.MAX_VALUE);
        careBar.progressProperty().bind(model.careProgressProperty());
        careBar.visibleProperty().bind(model.careProgressProperty().greaterThanOrEqualTo(0));
        careBar.managedProperty().bind(careBar.visibleProperty());
        Label careHint = new Label(messages.get("progress.care.hint"));
        careHint.getStyleClass().add("hint");
        careHint.setWrapText(true);

        VBox box = new VBox(8, title("progress.hours.title"), periodRow, table, total,
                title("progress.care.title"), careText, careBar, careHint);
        box.setPrefWidth(340);
        box.setMinWidth(320);
        return box;
    }

    private static Region swatch(String colour) {
        Region swatch = new Region();
        swatch.setMinSize(12, 12);
        swatch.setPrefSize(12, 12);
        swatch.setMaxSize(12, 12);
        swatch.setStyle("-fx-background-color: " + (colour.matches("#[0-9a-fA-F]{6}") ? colour : "#999999")
                + "; -fx-border-color: rgba(0,0,0,0.3);");
        return swatch;
    }

    private void showChart(ProgressPage p) {
        if (p == null) {
            chartHolder.getChildren().clear();
            return;
        }
        Map<Long, String> colours = page.taskTypes().values().stream()
                .collect(Collectors.toMap(TaskType::id, TaskType::colour));
        StackedBarChart<String, Number> chart = ProgressCharts.taskMix(p, page::taskName, colours, messages);
        chart.setId("taskMixChart");
        if (chart.getData().isEmpty()) {
            Label none = new Label(messages.get("progress.hours.noneInYear"));
            none.getStyleClass().add("hint");
            chartHolder.getChildren().setAll(none);
        } else {
            chartHolder.getChildren().setAll(chart);
        }
    }

    // ---- training

    private Node trainingPart() {
        trainings.setId("trainingTable");
        trainings.setItems(model.trainings());
        trainings.setPlaceholder(new Label(messages.get("progress.training.none")));
        trainings.getColumns().add(column("progress.training.course", Training::title, 135));
        trainings.getColumns().add(column("progress.training.when", t -> t.from().equals(t.to()) ? messages.shortDate(t.from())
                : messages.shortDate(t.from()) + " – " + messages.shortDate(t.to()), 180));
        TableColumn<Training, String> hours = column("progress.training.hours", t -> model.hoursText(t.hours().doubleValue()), 50);
        hours.setStyle("-fx-alignment: CENTER-RIGHT;");
        trainings.getColumns().add(hours);
        trainings.getColumns().add(column("progress.training.provider", Training::provider, 100));
        trainings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        trainings.setPrefHeight(220);
        trainings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && trainings.getSelectionModel().getSelectedItem() != null) {
                model.removeTraining(trainings.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button remove = new Button(messages.get("progress.training.remove"));
        remove.setId("removeTraining");
        remove.disableProperty().bind(trainings.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeTraining(trainings.getSelectionModel().getSelectedItem()));
        Label total = new Label();
        total.setId("trainingTotal");
        total.textProperty().bind(model.trainingTotalProperty());
        HBox under = new HBox(12, remove, total);
        under.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(8, trainings, under);
        HBox.setHgrow(left, Priority.ALWAYS);

        FormGrid form = new FormGrid(model.errors());
        form.row(messages.get("progress.training.course") + " *", field("trainingTitle", model.titleProperty(), 16),
                HoursModel.FIELD_TITLE);
        form.row(messages.get("progress.training.from") + " *", field("trainingFrom", model.fromProperty(), 10),
                HoursModel.FIELD_FROM);
        TextField to = field("trainingTo", model.toProperty(), 10);
        to.setPromptText(messages.get("progress.training.toPrompt"));
        form.row(messages.get("progress.training.to"), to, ProgressService.FIELD_END);
        form.row(messages.get("progress.training.hours") + " *", field("trainingHours", model.hoursProperty(), 6),
                ProgressService.FIELD_HOURS);
        form.row(messages.get("progress.training.provider"), field("trainingProvider", model.providerProperty(), 16),
                HoursModel.FIELD_PROVIDER);
        Button add = new Button(messages.get("progress.training.add"));
        add.setId("addTraining");
        add.setOnAction(e -> model.addTraining());
        VBox right = new VBox(8, form, add);
        right.setPrefWidth(270);
        right.setMinWidth(250);
        return new HBox(16, left, right);
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> model.addTraining());
        return field;
    }

    private TableColumn<Training, String> column(String key, Function<Training, String> value, double width) {
        TableColumn<Training, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
