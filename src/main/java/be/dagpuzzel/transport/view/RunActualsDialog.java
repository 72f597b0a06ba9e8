package be.dagpuzzel.transport.view;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.RunState;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.StopOutcome;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.TransportService;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;

/**
 * What the driver wrote on the sheet, typed in after the run: kilometres at start and end, the
 * actual times, and per stop picked up or not there with the time. Wrong numbers or times are
 * named and nothing is stored until they are right. It feeds the end-of-day review.
 */
final class RunActualsDialog {

    /** The run's actuals as typed, ready for {@link TransportService#recordAfterRun}. */
    record Entered(Integer kmStart, Integer kmEnd, LocalTime departure, LocalTime arrival,
                   Map<Long, TransportService.StopActual> stops) {
    }

    private RunActualsDialog() {
    }

    static Optional<Entered> show(Window owner, Messages messages, TransportDay day, RunState run) {
        Dialog<Entered> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("transport.actuals.title", run.route().name() + " · "
                + messages.get(run.run().direction().messageKey())));
        dialog.setHeaderText(messages.get("transport.actuals.header"));
        TextField kmStart = field("kmStart", run.run().kmStart().map(String::valueOf).orElse(""));
        TextField kmEnd = field("kmEnd", run.run().kmEnd().map(String::valueOf).orElse(""));
        TextField departure = field("actualDeparture", run.run().actualDeparture().map(TimeText::format).orElse(""));
        TextField arrival = field("actualArrival", run.run().actualArrival().map(TimeText::format).orElse(""));
        GridPane head = new GridPane();
        head.setHgap(8);
        head.setVgap(6);
        head.addRow(0, new Label(messages.get("transport.actuals.kmStart")), kmStart,
                new Label(messages.get("transport.actuals.kmEnd")), kmEnd);
        head.addRow(1, new Label(messages.get("transport.actuals.departure")), departure,
                new Label(messages.get("transport.actuals.arrival")), arrival);
        GridPane stops = new GridPane();
        stops.setHgap(8);
        stops.setVgap(4);
        stops.addRow(0, new Label(messages.get("transport.actuals.who")), new Label(messages.get(
                "transport.actuals.outcome")), new Label(messages.get("transport.actuals.time")));
        List<Object[]> rows = new ArrayList<>();
        int row = 1;
        for (Stop s : run.stops()) {
            Participant p = day.participants().get(s.participantId());
            ComboBox<StopOutcome> outcome = new ComboBox<>(FXCollections.observableArrayList(StopOutcome.values()));
            outcome.getItems().addFirst(null);
            EnumCells.use(outcome, o -> messages.get(o.messageKey()));
            outcome.setValue(s.outcome().orElse(null));
            outcome.setId("outcome-" + p.id());
            TextField time = field("time-" + p.id(), s.actualTime().map(TimeText::format).orElse(""));
            stops.addRow(row++, new Label(p.fullName()), outcome, time);
            rows.add(new Object[] {p.id(), outcome, time});
        }
        Label problem = new Label();
        problem.setId("actualsProblem");
        problem.getStyleClass().add("field-warning");
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        ScrollPane scroll = new ScrollPane(stops);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 32 * (run.stops().size() + 1)));
        dialog.getDialogPane().setContent(new VBox(10, head, scroll, problem));
        ButtonType save = new ButtonType(messages.get("transport.actuals.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel(messages));
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String wrong = check(messages, kmStart, kmEnd, departure, arrival, rows);
            problem.setText(wrong);
            if (!wrong.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            Map<Long, TransportService.StopActual> actuals = new HashMap<>();
            for (Object[] r : rows) {
                @SuppressWarnings("unchecked")
                ComboBox<StopOutcome> outcome = (ComboBox<StopOutcome>) r[1];
                actuals.put((Long) r[0], new TransportService.StopActual(Optional.ofNullable(outcome.getValue()),
                        time((TextField) r[2])));
            }
            return new Entered(number(kmStart), number(kmEnd), time(departure).orElse(null),
                    time(arrival).orElse(null), actuals);
        });
        return dialog.showAndWait();
    }

    private static TextField field(String id, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPrefColumnCount(6);
        return f;
    }

    /** What is wrong, named by its place, or "" when everything can be stored. */
    private static String check(Messages messages, TextField kmStart, TextField kmEnd, TextField departure,
                                TextField arrival, List<Object[]> rows) {
        List<String> problems = new ArrayList<>();
        for (TextField km : List.of(kmStart, kmEnd)) {
            if (!km.getText().isBlank() && number(km) == null) {
                problems.add(messages.format("transport.actuals.badKm", km.getText()));
            }
        }
        if (number(kmStart) != null && number(kmEnd) != null && number(kmEnd) < number(kmStart)) {
            problems.add(messages.get("transport.km.endBeforeStart"));
        }
        for (TextField t : List.of(departure, arrival)) {
            if (!t.getText().isBlank() && time(t).isEmpty()) {
                problems.add(messages.format("transport.actuals.badTime", t.getText()));
            }
        }
        for (Object[] r : rows) {
            TextField t = (TextField) r[2];
            if (!t.getText().isBlank() && time(t).isEmpty()) {
                problems.add(messages.format("transport.actuals.badTime", t.getText()));
            }
        }
        return String.join(" ", problems);
    }

    private static Integer number(TextField field) {
        String text = field.getText().strip().replace(".", "").replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<LocalTime> time(TextField field) {
        return field.getText().isBlank() ? Optional.empty() : TimeText.parse(field.getText());
    }
}
