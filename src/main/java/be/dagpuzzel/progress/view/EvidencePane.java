package be.dagpuzzel.progress.view;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.review.Rating;
import be.dagpuzzel.ui.Messages;

/**
 * The review observations about the worker as evidence: the table, and beside it a checklist of
 * the competences the selected observation is linked to; ticking one links it at once.
 */
final class EvidencePane extends HBox {

    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");

    private final CompetencesModel model;
    private final Messages messages;
    private final TableView<CompetencesModel.EvidenceRow> evidence = new TableView<>();
    private final VBox links = new VBox(4);
    private final Map<Long, CheckBox> linkBoxes = new LinkedHashMap<>();
    private Long chosenObservation;
    private long linksFor = -1;

    EvidencePane(CompetencesModel model, Messages messages) {
        super(16);
        this.model = model;
        this.messages = messages;
        getChildren().setAll(evidenceTable(), linkPane());
        HBox.setHgrow(evidence, Priority.ALWAYS);
        model.evidence().addListener((ListChangeListener<CompetencesModel.EvidenceRow>) c -> reselectObservation());
    }

    private Node evidenceTable() {
        evidence.setId("evidenceTable");
        evidence.setItems(model.evidence());
        evidence.setPlaceholder(new Label(messages.get("progress.evidence.none")));
        evidence.getColumns().add(evidenceColumn(messages.get("progress.evidence.date"), CompetencesModel.EvidenceRow::date, 86));
        evidence.getColumns().add(evidenceColumn(messages.get("progress.evidence.task"), CompetencesModel.EvidenceRow::task, 75));
        TableColumn<CompetencesModel.EvidenceRow, CompetencesModel.EvidenceRow> how =
                new TableColumn<>(messages.get("progress.evidence.how"));
        how.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        how.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CompetencesModel.EvidenceRow item, boolean empty) {
                super.updateItem(item, empty);
                // a mark keeps the column narrow; the words are in the tooltip
                setText(empty || item == null ? null : item.rating() == Rating.ATTENTION ? "⚑" : "✓");
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.ratingText()));
                pseudoClassStateChanged(ATTENTION, !empty && item != null && item.rating() == Rating.ATTENTION);
            }
        });
        how.setPrefWidth(36);
        how.setStyle("-fx-alignment: CENTER;");
        evidence.getColumns().add(how);
        evidence.getColumns().add(evidenceColumn(messages.get("progress.evidence.competences"),
                CompetencesModel.EvidenceRow::competences, 120));
        evidence.getColumns().add(evidenceColumn(messages.get("progress.evidence.note"), CompetencesModel.EvidenceRow::note, 160));
        evidence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        evidence.setPrefHeight(260);
        evidence.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                chosenObservation = row.observationId();
                showLinks(row);
            } else if (model.evidence().stream().noneMatch(r -> chosenObservation != null
                    && r.observationId() == chosenObservation)) {
                chosenObservation = null;
                showLinks(null);
            }
            // else the list was read again: the same observation is selected again right after
        });
        return evidence;
    }

    private Node linkPane() {
        links.setId("evidenceLinks");
        ScrollPane scroll = new ScrollPane(links);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(260);
        scroll.setPrefWidth(220);
        scroll.setMinWidth(200);
        showLinks(null);
        return scroll;
    }

    private void showLinks(CompetencesModel.EvidenceRow row) {
        if (row != null && row.observationId() == linksFor && linkBoxes.keySet().equals(
                model.rows().stream().map(CompetencesModel.Row::competenceId).collect(Collectors.toSet()))) {
            // the same observation read again: keep the boxes (and the keyboard focus), update the ticks
            linkBoxes.forEach((id, box) -> box.setSelected(row.competenceIds().contains(id)));
            return;
        }
        links.getChildren().clear();
        linkBoxes.clear();
        linksFor = row == null ? -1 : row.observationId();
        if (row == null) {
            Label hint = new Label(messages.get("progress.evidence.choose"));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            links.getChildren().add(hint);
            return;
        }
        Label title = new Label(messages.format("progress.evidence.linksTitle", row.date(), row.task()));
        title.getStyleClass().add("form-label");
        title.setWrapText(true);
        links.getChildren().add(title);
        for (CompetencesModel.Row competence : model.rows()) {
            CheckBox box = new CheckBox(competence.name());
            box.setId("link-" + competence.competenceId());
            box.setWrapText(true);
            box.setSelected(row.competenceIds().contains(competence.competenceId()));
            box.setOnAction(e -> model.link(row.observationId(), competence.competenceId(), box.isSelected()));
            links.getChildren().add(box);
            linkBoxes.put(competence.competenceId(), box);
        }
    }

    private void reselectObservation() {
        if (chosenObservation == null) {
            return;
        }
        long id = chosenObservation;
        model.evidence().stream().filter(r -> r.observationId() == id).findFirst()
                .ifPresent(r -> evidence.getSelectionModel().select(r));
    }

    /** A column whose cells show their whole text as a tooltip: notes and lists of competences run long. */
    private static TableColumn<CompetencesModel.EvidenceRow, String> evidenceColumn(
            String title, Function<CompetencesModel.EvidenceRow, String> value, double width) {
        TableColumn<CompetencesModel.EvidenceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }
}
