package be.dagpuzzel.progress.view;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.ui.Messages;

/**
 * Competences: the table of levels with the form that rates the selected one (keys 1-4 in the
 * table choose the level, Enter stores), the chart of levels over time with a choice of lines, and
 * the review observations as evidence ({@link EvidencePane}).
 */
final class CompetencesTab extends Tab {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ProgressViewModel page;
    private final CompetencesModel model;
    private final Messages messages;
    private final TableView<CompetencesModel.Row> table = new TableView<>();
    private final Label rating = new Label();
    private final ToggleGroup levels = new ToggleGroup();
    private final TextField note = new TextField();
    private final StackPane chartHolder = new StackPane();
    private final VBox chartChoices = new VBox(4);
    private final VBox choicePane = new VBox(6);
    private boolean chartQueued;

    CompetencesTab(ProgressViewModel page, ProgressService progress) {
        super(page.messages().get("progress.tab.competences"));
        this.page = page;
        this.model = new CompetencesModel(page, progress);
        this.messages = page.messages();
        setId("progressCompetencesTab");

        VBox levelsPart = new VBox(10, levelTable(), rateForm());
        HBox chartPart = new HBox(12, choicePane(), chartHolder);
        HBox.setHgrow(chartHolder, Priority.ALWAYS);
        chartHolder.setMinHeight(320);
        chartHolder.setPrefHeight(340);
        EvidencePane evidencePart = new EvidencePane(model, messages);
        Label evidenceHint = new Label(messages.get("progress.evidence.hint"));
        evidenceHint.getStyleClass().add("hint");
        evidenceHint.setWrapText(true);
        VBox content = new VBox(10, title("progress.competences.levels"), levelsPart,
                title("progress.competences.chart"), chartPart,
                title("progress.evidence.title"), evidenceHint, evidencePart);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setContent(scroll);

        model.rows().addListener((ListChangeListener<CompetencesModel.Row>) c -> reselectCompetence());
        model.chartChoices().addListener((ListChangeListener<CompetencesModel.ChartChoice>) c -> showChoices());
        model.shown().addListener((SetChangeListener<Long>) c -> {
            showChoices();
            showChartSoon();
        });
        page.pageProperty().addListener((obs, old, value) -> showChartSoon());
        showChoices();
        showChart();
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    // ---- levels and rating

    private Node levelTable() {
        table.setId("competenceTable");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(messages.get("progress.competences.none")));
        table.getColumns().add(column(messages.get("progress.competences.name"), CompetencesModel.Row::name, 280));
        table.getColumns().add(column(messages.get("progress.competences.level"), CompetencesModel.Row::levelText, 190));
        table.getColumns().add(column(messages.get("progress.competences.date"), CompetencesModel.Row::date, 100));
        TableColumn<CompetencesModel.Row, CompetencesModel.Change> change =
                new TableColumn<>(messages.get("progress.competences.change"));
        change.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().change()));
        change.setCellFactory(c -> new ChangeCell());
        change.setPrefWidth(60);
        change.setStyle("-fx-alignment: CENTER;");
        table.getColumns().add(change);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(326);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.select(row.competenceId());
            }
        });
        // the level on the typed character, so that the digit does not land in the note that gets the focus
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            int value = digit(e.getCharacter());
            if (value > 0 && table.getSelectionModel().getSelectedItem() != null) {
                model.levelProperty().set(value);
                note.requestFocus();
                e.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.rate();
                e.consume();
            }
        });
        return table;
    }

    private static int digit(String character) {
        return switch (character) {
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            default -> 0;
        };
    }

    private Node rateForm() {
        rating.setId("rateCompetenceName");
        rating.getStyleClass().add("form-label");
        rating.setWrapText(true);
        model.selectedProperty().addListener((obs, old, id) -> showRatingTitle());
        showRatingTitle();

        HBox buttons = new HBox(4);
        for (int value = Competence.LOWEST; value <= Competence.HIGHEST; value++) {
            ToggleButton button = new ToggleButton(String.valueOf(value));
            button.setId("level" + value);
            button.setUserData(value);
            button.setToggleGroup(levels);
            button.setMinWidth(34);
            button.setMnemonicParsing(false);
            button.setTooltip(new javafx.scene.control.Tooltip(model.levelText(value)));
            buttons.getChildren().add(button);
        }
        Label words = new Label();
        words.setId("rateLevelWords");
        words.getStyleClass().add("hint");
        words.textProperty().bind(Bindings.createStringBinding(() -> {
            int value = model.levelProperty().get();
            return value == 0 ? messages.get("progress.rate.noLevel") : model.levelText(value);
        }, model.levelProperty()));
        VBox levelBox = new VBox(2, buttons, words);
        levelBox.setId("rateLevel");
        levels.selectedToggleProperty().addListener((obs, old, toggle) ->
                model.levelProperty().set(toggle == null ? 0 : (Integer) toggle.getUserData()));
        model.levelProperty().addListener((obs, old, value) -> showLevel(value.intValue()));

        TextField date = new TextField();
        date.setId("rateDate");
        date.setPrefColumnCount(8);
        date.setMinWidth(Region.USE_PREF_SIZE);
        date.textProperty().bindBidirectional(model.dateProperty());
        date.setOnAction(e -> model.rate());
        note.setId("rateNote");
        note.setPrefColumnCount(18);
        note.setMinWidth(120);
        note.textProperty().bindBidirectional(model.noteProperty());
        note.setPromptText(messages.get("progress.rate.notePrompt"));
        note.setOnAction(e -> model.rate());
        Button rate = new Button(messages.get("progress.rate.button"));
        rate.setId("rateButton");
        rate.setOnAction(e -> model.rate());
        rate.setMinWidth(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        grid.addRow(0, label("progress.rate.level", buttons.getChildren().getFirst()), levelBox,
                label("progress.rate.date", date), date, label("progress.rate.note", note), note, rate);
        for (Node n : grid.getChildren()) {
            GridPane.setValignment(n, javafx.geometry.VPos.TOP);
        }
        GridPane.setHgrow(note, Priority.ALWAYS);
        grid.add(error(ProgressService.FIELD_LEVEL, levelBox), 1, 1);
        grid.add(error(ProgressService.FIELD_DATE, date), 3, 1);
        grid.add(error(ProgressService.FIELD_TEXT, note), 5, 1);
        Label keys = new Label(messages.get("progress.rate.keys"));
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        VBox box = new VBox(6, rating, error(CompetencesModel.FIELD_COMPETENCE, null), grid, keys);
        box.getStyleClass().add("rate-form");
        return box;
    }

    private Label label(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(4, 0, 0, 0));
        if (field instanceof javafx.scene.control.Control control) {
            label.setLabelFor(control);
        }
        return label;
    }

    /** The message of a refused rating under its field; the field turns red. */
    private Label error(String field, Node input) {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMaxWidth(320);
        Runnable show = () -> {
            String text = model.errors().get(field);
            error.setText(text == null ? "" : text);
            error.setVisible(text != null);
            error.setManaged(text != null);
            if (input != null) {
                input.pseudoClassStateChanged(INVALID, text != null);
            }
        };
        model.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> show.run());
        show.run();
        return error;
    }

    private void showRatingTitle() {
        Long id = model.selectedProperty().get();
        rating.setText(id == null ? messages.get("progress.rate.choose")
                : messages.format("progress.rate.title", model.competenceName(id)));
    }

    private void showLevel(int value) {
        levels.getToggles().forEach(t -> t.setSelected(((Integer) t.getUserData()) == value));
    }

    private void reselectCompetence() {
        Long id = model.selectedProperty().get();
        if (id == null) {
            return;
        }
        model.rows().stream().filter(r -> r.competenceId() == id).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    // ---- chart

    private Node choicePane() {
        Label hint = new Label(messages.get("progress.competences.chartHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        chartChoices.setId("competenceChartChoices");
        ScrollPane scroll = new ScrollPane(chartChoices);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(280);
        choicePane.getChildren().setAll(hint, scroll);
        choicePane.setPrefWidth(220);
        choicePane.setMinWidth(180);
        return choicePane;
    }

    private void showChoices() {
        chartChoices.getChildren().clear();
        for (CompetencesModel.ChartChoice choice : model.chartChoices()) {
            CheckBox box = new CheckBox(choice.name());
            box.setId("show-" + choice.competenceId());
            box.setWrapText(true);
            box.setSelected(model.shown().contains(choice.competenceId()));
            box.setOnAction(e -> model.setShown(choice.competenceId(), box.isSelected()));
            chartChoices.getChildren().add(box);
        }
        choicePane.setVisible(!model.chartChoices().isEmpty());
        choicePane.setManaged(!model.chartChoices().isEmpty());
    }

    /** Draws the chart once after a burst of changes (a new page changes the lines shown one by one). */
    private void showChartSoon() {
        if (!chartQueued) {
            chartQueued = true;
            javafx.application.Platform.runLater(() -> {
                chartQueued = false;
                showChart();
            });
        }
    }

    private void showChart() {
        ProgressPage p = page.pageProperty().get();
        if (p == null || p.ratings().isEmpty()) {
            Label none = new Label(messages.get("progress.competences.noRatings"));
            none.getStyleClass().add("hint");
            chartHolder.getChildren().setAll(none);
            return;
        }
        var chart = ProgressCharts.competenceLines(p, page::competenceName, model.shown(), messages);
        chart.setId("competenceChart");
        chartHolder.getChildren().setAll(chart);
    }

    // ---- cells

    private static TableColumn<CompetencesModel.Row, String> column(String title,
                                                                   Function<CompetencesModel.Row, String> value,
                                                                   double width) {
        TableColumn<CompetencesModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private final class ChangeCell extends TableCell<CompetencesModel.Row, CompetencesModel.Change> {
        @Override
        protected void updateItem(CompetencesModel.Change item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("change-up", "change-down");
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(item.arrow());
            if (item == CompetencesModel.Change.UP) {
                getStyleClass().add("change-up");
            } else if (item == CompetencesModel.Change.DOWN) {
                getStyleClass().add("change-down");
            }
            setTooltip(item == CompetencesModel.Change.FIRST ? null
                    : new javafx.scene.control.Tooltip(messages.get("progress.competences.change." + item.name())));
        }
    }
}
