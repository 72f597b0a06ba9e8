package be.dagpuzzel.transport.view;

import java.time.LocalTime;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.TransportService;
import be.dagpuzzel.transport.TransportSettings;
import be.dagpuzzel.transport.Vehicle;
import be.dagpuzzel.transport.VehicleAccess;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * Vehicles (seats, wheelchair places, lift or ramp, in service), the standing runs (name, usual
 * vehicle, arrival at the centre, departure in the evening) and how travel is estimated. Each
 * "Save" stores that one record at once; a wrong field is named and nothing of it is stored.
 */
public final class TransportSetupDialog {

    private final TaskRunner runner;
    private final TransportService transport;
    private final Messages messages;
    private final Runnable changed;
    private final ListView<Vehicle> vehicles = new ListView<>();
    private final ListView<Route> routes = new ListView<>();
    private final Label message = new Label();

    private TransportSetupDialog(TaskRunner runner, TransportService transport, Messages messages, Runnable changed) {
        this.runner = runner;
        this.transport = transport;
        this.messages = messages;
        this.changed = changed;
    }

    public static void show(Window owner, TaskRunner runner, TransportService transport, Messages messages,
                            Runnable changed) {
        new TransportSetupDialog(runner, transport, messages, changed).open(owner);
    }

    private void open(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("transport.setup.title"));
        TabPane tabs = new TabPane(new Tab(messages.get("transport.setup.vehicles"), vehiclePane()),
                new Tab(messages.get("transport.setup.routes"), routePane()),
                new Tab(messages.get("transport.setup.travel"), travelPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        message.setId("setupMessage");
        message.setWrapText(true);
        message.getStyleClass().add("field-warning");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        VBox content = new VBox(8, tabs, message);
        content.setPrefSize(720, 440);
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("transport.setup.close"), ButtonType.CLOSE.getButtonData());
        dialog.getDialogPane().getButtonTypes().add(close);
        reload();
        dialog.showAndWait();
        changed.run();
    }

    private void reload() {
        runner.load(p -> transport.vehicles(), list -> vehicles.getItems().setAll(list));
        runner.load(p -> transport.routes(), list -> routes.getItems().setAll(list));
    }

    private void done(String key) {
        message.getStyleClass().remove("field-warning");
        message.setText(messages.get(key));
        reload();
    }

    private void refused(Throwable error) {
        if (!message.getStyleClass().contains("field-warning")) {
            message.getStyleClass().add("field-warning");
        }
        if (error instanceof ValidationException v) {
            message.setText(v.errors().stream().map(e -> messages.get("transport.field." + e.field()) + ": "
                    + messages.format(e.messageKey(), e.arguments().toArray())).reduce((a, b) -> a + "  " + b)
                    .orElse(""));
        } else {
            message.setText(messages.format("transport.saveFailed", be.dagpuzzel.ui.FailureText.reason(messages, error)));
        }
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(0, 0, 0, 12));
        return grid;
    }

    private VBox vehiclePane() {
        TextField name = new TextField();
        name.setId("vehicleName");
        TextField plate = new TextField();
        TextField seats = new TextField();
        seats.setId("vehicleSeats");
        TextField chairs = new TextField();
        chairs.setId("vehicleChairs");
        ComboBox<VehicleAccess> access = new ComboBox<>(FXCollections.observableArrayList(VehicleAccess.values()));
        EnumCells.use(access, a -> messages.get(a.messageKey()));
        CheckBox inService = new CheckBox(messages.get("transport.vehicle.inService"));
        GridPane grid = form();
        grid.addRow(0, new Label(messages.get("transport.field.name")), name);
        grid.addRow(1, new Label(messages.get("transport.vehicle.plate")), plate);
        grid.addRow(2, new Label(messages.get("transport.field.seats")), seats);
        grid.addRow(3, new Label(messages.get("transport.field.wheelchairs")), chairs);
        grid.addRow(4, new Label(messages.get("transport.vehicle.access")), access);
        grid.add(inService, 1, 5);
        long[] editing = {0};
        Runnable clear = () -> {
            editing[0] = 0;
            name.clear();
            plate.clear();
            seats.setText("8");
            chairs.setText("0");
            access.setValue(VehicleAccess.LIFT);
            inService.setSelected(true);
            name.requestFocus();
        };
        clear.run();
        vehicles.setId("vehicleList");
        EnumCells.useList(vehicles, v -> v.name() + (v.plate().isEmpty() ? "" : " · " + v.plate()));
        vehicles.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> {
            if (v != null) {
                editing[0] = v.id();
                name.setText(v.name());
                plate.setText(v.plate());
                seats.setText(String.valueOf(v.seats()));
                chairs.setText(String.valueOf(v.wheelchairPlaces()));
                access.setValue(v.access());
                inService.setSelected(v.inService());
            }
        });
        Button save = new Button(messages.get("transport.setup.save"));
        save.setId("saveVehicle");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            Vehicle v = new Vehicle(editing[0], name.getText(), plate.getText(), number(seats.getText()),
                    number(chairs.getText()), access.getValue(), inService.isSelected());
            runner.save(p -> transport.saveVehicle(v), saved -> {
                editing[0] = saved.id(); // a second Save changes this vehicle, it does not add another
                done("transport.setup.saved");
            }, this::refused);
        });
        Button add = new Button(messages.get("transport.setup.new"));
        add.setOnAction(e -> {
            vehicles.getSelectionModel().clearSelection();
            clear.run();
        });
        grid.add(new HBox(8, save, add), 1, 6);
        HBox box = new HBox(vehicles, grid);
        vehicles.setPrefWidth(240);
        VBox pane = new VBox(box);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private VBox routePane() {
        TextField name = new TextField();
        name.setId("routeName");
        ComboBox<Vehicle> vehicle = new ComboBox<>(vehicles.getItems());
        EnumCells.use(vehicle, Vehicle::name);
        TextField arrive = new TextField();
        arrive.setId("routeArrive");
        TextField depart = new TextField();
        depart.setId("routeDepart");
        CheckBox active = new CheckBox(messages.get("transport.route.active"));
        GridPane grid = form();
        grid.addRow(0, new Label(messages.get("transport.field.name")), name);
        grid.addRow(1, new Label(messages.get("transport.route.vehicle")), vehicle);
        grid.addRow(2, new Label(messages.get("transport.field.arriveBy")), arrive);
        grid.addRow(3, new Label(messages.get("transport.field.departAt")), depart);
        grid.add(active, 1, 4);
        Label hint = new Label(messages.get("transport.route.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(380);
        hint.getStyleClass().add("hint");
        grid.add(hint, 0, 6, 2, 1);
        long[] editing = {0};
        Runnable clear = () -> {
            editing[0] = 0;
            name.clear();
            vehicle.setValue(null);
            arrive.setText("9:15");
            depart.setText("16:00");
            active.setSelected(true);
        };
        clear.run();
        routes.setId("routeList");
        EnumCells.useList(routes, r -> r.name() + (r.active() ? "" : " · " + messages.get("transport.route.inactive")));
        routes.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                editing[0] = r.id();
                name.setText(r.name());
                vehicle.setValue(r.vehicleId().flatMap(id -> vehicles.getItems().stream().filter(v -> v.id() == id)
                        .findFirst()).orElse(null));
                arrive.setText(TimeText.format(r.arriveBy()));
                depart.setText(TimeText.format(r.departAt()));
                active.setSelected(r.active());
            }
        });
        Button save = new Button(messages.get("transport.setup.save"));
        save.setId("saveRoute");
        save.setOnAction(e -> {
            Optional<LocalTime> a = TimeText.parse(arrive.getText());
            Optional<LocalTime> d = TimeText.parse(depart.getText());
            Route r = new Route(editing[0], name.getText(), Optional.ofNullable(vehicle.getValue()).map(Vehicle::id),
                    a.orElse(null), d.orElse(null), active.isSelected());
            runner.save(p -> transport.saveRoute(r), saved -> {
                editing[0] = saved.id();
                done("transport.setup.saved");
            }, this::refused);
        });
        Button add = new Button(messages.get("transport.setup.new"));
        add.setOnAction(e -> {
            routes.getSelectionModel().clearSelection();
            clear.run();
        });
        grid.add(new HBox(8, save, add), 1, 5);
        routes.setPrefWidth(240);
        VBox pane = new VBox(new HBox(routes, grid));
        pane.setPadding(new Insets(8));
        return pane;
    }

    private VBox travelPane() {
        TextField factor = new TextField();
        factor.setId("roadFactor");
        TextField speed = new TextField();
        speed.setId("averageSpeed");
        TextField maxRide = new TextField();
        maxRide.setId("maxRide");
        TextField unknown = new TextField();
        GridPane grid = form();
        grid.addRow(0, new Label(messages.get("transport.travel.roadFactor")), factor);
        grid.addRow(1, new Label(messages.get("transport.travel.speed")), speed);
        grid.addRow(2, new Label(messages.get("transport.travel.maxRide")), maxRide);
        grid.addRow(3, new Label(messages.get("transport.travel.unknownLeg")), unknown);
        Label hint = new Label(messages.get("transport.travel.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add("hint");
        grid.add(hint, 0, 5, 2, 1);
        runner.load(p -> transport.settings(), s -> {
            factor.setText(decimal(s.roadFactor()));
            speed.setText(decimal(s.averageSpeedKmh()));
            maxRide.setText(String.valueOf(s.maxRideMinutes()));
            unknown.setText(String.valueOf(s.unknownLegMinutes()));
        });
        Button save = new Button(messages.get("transport.setup.save"));
        save.setId("saveTravel");
        save.setOnAction(e -> {
            try {
                TransportSettings s = new TransportSettings(parse(factor.getText()), parse(speed.getText()),
                        number(maxRide.getText()), number(unknown.getText()));
                runner.save(p -> {
                    transport.saveSettings(s);
                    return s;
                }, saved -> done("transport.setup.saved"), this::refused);
            } catch (IllegalArgumentException ex) {
                refused(new IllegalArgumentException(messages.get("transport.travel.invalid")));
            }
        });
        grid.add(save, 1, 4);
        VBox pane = new VBox(grid);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private static String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ',');
    }

    private static double parse(String text) {
        return Double.parseDouble(text.strip().replace(',', '.'));
    }

    /** A whole number, or -1 (refused by the service with a message) when it is not one. */
    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
