package be.dagpuzzel.review.view;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.review.ReviewSearch;
import be.dagpuzzel.ui.Messages;

/**
 * Searches feedback, incidents, reminders and notes of past days by words, person and period.
 * Enter in a field searches; Enter (or a double click) on a result opens that day.
 */
final class SearchDialog {

    private SearchDialog() {
    }

    static void show(Window owner, Messages messages, ReviewViewModel model, Consumer<LocalDate> open) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("review.search.title"));
        dialog.setHeaderText(messages.get("review.search.header"));
        TextField words = new TextField();
        words.setId("searchWords");
        words.setPrefColumnCount(30);
        ObservableList<ReviewModels.Person> people = FXCollections.observableArrayList();
        people.add(null);
        people.addAll(model.staff());
        people.addAll(model.participants());
        ComboBox<ReviewModels.Person> person = new ComboBox<>(people);
        person.setId("searchPerson");
        ChoiceCells.use(person, messages.get("review.search.anyone"),
                p -> p.participant() ? messages.format("review.search.participant", p.name()) : p.name());
        TextField from = new TextField(messages.shortDate(model.today().minusWeeks(4)));
        from.setId("searchFrom");
        from.setPrefColumnCount(9);
        TextField to = new TextField(messages.shortDate(model.today()));
        to.setId("searchTo");
        to.setPrefColumnCount(9);
        ListView<ReviewModels.HitLine> results = new ListView<>();
        results.setId("searchResults");
        results.setPrefSize(620, 320);
        results.setPlaceholder(new Label(messages.get("review.search.nothing")));
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewModels.HitLine item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label heading = new Label(item.heading());
                heading.getStyleClass().add("person-detail");
                Label text = new Label(item.text());
                text.setWrapText(true);
                text.setMaxWidth(580);
                setGraphic(new VBox(1, heading, text));
            }
        });
        Label problem = new Label();
        problem.setId("searchProblem");
        problem.getStyleClass().add("field-error");
        Button go = new Button(messages.get("review.search.go"));
        go.setId("searchGo");
        go.setDefaultButton(true);
        Runnable search = () -> {
            Optional<LocalDate> a = DateText.parse(from.getText());
            Optional<LocalDate> b = DateText.parse(to.getText());
            if (a.isEmpty() || b.isEmpty()) {
                problem.setText(messages.format("review.search.badDate", a.isEmpty() ? from.getText() : to.getText()));
                return;
            }
            problem.setText("");
            ReviewModels.Person p = person.getValue();
            model.search(new ReviewSearch(words.getText(),
                    Optional.ofNullable(p).filter(x -> !x.participant()).map(ReviewModels.Person::id),
                    Optional.ofNullable(p).filter(ReviewModels.Person::participant).map(ReviewModels.Person::id),
                    a.get(), b.get()), results.getItems()::setAll, errors -> problem.setText(String.join(" ",
                            errors.stream().map(messages::text).toList())));
        };
        go.setOnAction(e -> search.run());
        Runnable openSelected = () -> {
            ReviewModels.HitLine hit = results.getSelectionModel().getSelectedItem();
            if (hit != null) {
                open.accept(hit.date());
                dialog.close();
            }
        };
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected.run();
                e.consume();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("review.search.words")), words);
        grid.addRow(1, new Label(messages.get("review.search.person")), person);
        grid.addRow(2, new Label(messages.get("review.search.period")), new HBox(6, from, new Label("–"), to, go));
        dialog.getDialogPane().setContent(new VBox(10, grid, problem, results));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("review.search.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.application.Platform.runLater(words::requestFocus);
        dialog.showAndWait();
    }
}
