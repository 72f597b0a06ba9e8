package be.dagpuzzel.participants.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.Messages;

/**
 * A participant's profile as typed: dates, numbers and coordinates stay text so that a half-typed
 * value is never lost. {@link #storable} turns it into what may be stored: a wrong field keeps
 * its message and the stored value, the other fields are stored as typed.
 */
public final class ParticipantFormModel {

    public static final String FIELD_LATITUDE = "latitude";
    public static final String FIELD_LONGITUDE = "longitude";

    private final Messages messages;
    private final StringProperty firstName = text("firstName");
    private final StringProperty lastName = text("lastName");
    private final StringProperty street = text("street");
    private final StringProperty houseNumber = text("houseNumber");
    private final StringProperty postcode = text("postcode");
    private final StringProperty municipality = text("municipality");
    private final StringProperty latitude = text("latitude");
    private final StringProperty longitude = text("longitude");
    private final StringProperty phone = text("phone");
    private final StringProperty contactName = text("contactName");
    private final StringProperty contactPhone = text("contactPhone");
    private final StringProperty startDate = text("startDate");
    private final StringProperty endDate = text("endDate");
    private final ObjectProperty<MobilityAid> aid = new SimpleObjectProperty<>(this, "aid", MobilityAid.NONE);
    private final StringProperty loadMinutes = text("loadMinutes");
    private final BooleanProperty doorToDoor = new SimpleBooleanProperty(this, "doorToDoor");
    private final StringProperty driverNote = text("driverNote");
    private final ObjectProperty<RouteChoice> route = new SimpleObjectProperty<>(this, "route");
    private final ObservableList<RouteChoice> routes = FXCollections.observableArrayList();
    private final StringProperty stopOrder = text("stopOrder");
    private final StringProperty notes = text("notes");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public ParticipantFormModel(Messages messages) {
        this.messages = messages;
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    /** Shows {@code p}; {@code routeChoices} are the runs to choose from (without "none"). */
    public void fill(Participant p, List<RouteChoice> routeChoices) {
        RouteChoice none = new RouteChoice(null, messages.get("participant.route.none"));
        List<RouteChoice> all = new ArrayList<>();
        all.add(none);
        all.addAll(routeChoices);
        routes.setAll(all);
        firstName.set(p.firstName());
        lastName.set(p.lastName());
        street.set(p.address().street());
        houseNumber.set(p.address().houseNumber());
        postcode.set(p.address().postcode());
        municipality.set(p.address().municipality());
        latitude.set(p.coordinates().map(c -> degrees(c.latitude())).orElse(""));
        longitude.set(p.coordinates().map(c -> degrees(c.longitude())).orElse(""));
        phone.set(p.phone());
        contactName.set(p.contactName());
        contactPhone.set(p.contactPhone());
        startDate.set(messages.shortDate(p.startDate()));
        endDate.set(p.endDate().map(messages::shortDate).orElse(""));
        aid.set(p.aid());
        loadMinutes.set(String.valueOf(p.loadMinutes()));
        doorToDoor.set(p.doorToDoor());
        driverNote.set(p.driverNote());
        route.set(p.usualRouteId().flatMap(id -> all.stream().filter(r -> id.equals(r.id())).findFirst()).orElse(none));
        stopOrder.set(p.usualStopOrder().map(String::valueOf).orElse(""));
        notes.set(p.notes());
        errors.clear();
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * What can be stored of the form: the typed values, with the stored one for every field that
     * is wrong. {@link #errors()} then holds a message for each wrong field. Empty only when even
     * that does not pass the service's checks.
     */
    public Optional<ParticipantDetails> storable(ParticipantDetails stored) {
        Map<String, FieldError> problems = new LinkedHashMap<>();
        Parsed parsed = parse(problems);
        ParticipantDetails merged = merge(parsed, problems.keySet(), stored);
        Optional<ParticipantDetails> result = Optional.empty();
        for (int round = 0; round < 3; round++) {
            try {
                ParticipantService.validate(merged);
                result = Optional.of(merged);
                break;
            } catch (ValidationException e) {
                int before = problems.size();
                e.errors().forEach(err -> problems.putIfAbsent(err.field(), err));
                if (problems.size() == before) {
                    break;
                }
                merged = merge(parsed, problems.keySet(), stored);
            }
        }
        errors.clear();
        problems.forEach((field, problem) -> errors.put(field, messages.text(problem)));
        return result;
    }

    /** The typed values that are not plain text; a field that cannot be read is in {@code problems}. */
    private record Parsed(LocalDate start, LocalDate end, int load, Optional<Coordinates> coordinates,
                          Integer stopOrder) {
    }

    private Parsed parse(Map<String, FieldError> problems) {
        Optional<LocalDate> start = DateText.parse(startDate.get());
        if (start.isEmpty()) {
            problems.put(ParticipantService.FIELD_START, FieldError.of(ParticipantService.FIELD_START, "validation.date"));
        }
        LocalDate end = null;
        if (!blank(endDate.get())) {
            end = DateText.parse(endDate.get()).orElse(null);
            if (end == null) {
                problems.put(ParticipantService.FIELD_END, FieldError.of(ParticipantService.FIELD_END, "validation.date"));
            }
        }
        Integer load = blank(loadMinutes.get()) ? Integer.valueOf(0) : whole(loadMinutes.get());
        if (load == null) {
            problems.put(ParticipantService.FIELD_LOAD,
                    FieldError.of(ParticipantService.FIELD_LOAD, "validation.between", 0, 60));
        }
        Integer order = null;
        if (!blank(stopOrder.get())) {
            order = whole(stopOrder.get());
            if (order == null) {
                problems.put(ParticipantService.FIELD_STOP_ORDER,
                        FieldError.of(ParticipantService.FIELD_STOP_ORDER, "validation.between", 1, 99));
            }
        }
        return new Parsed(start.orElse(null), end, load == null ? 0 : load, coordinates(problems), order);
    }

    /** Both or neither; each within its range. */
    private Optional<Coordinates> coordinates(Map<String, FieldError> problems) {
        boolean hasLatitude = !blank(latitude.get());
        boolean hasLongitude = !blank(longitude.get());
        if (!hasLatitude && !hasLongitude) {
            return Optional.empty();
        }
        if (hasLatitude != hasLongitude) {
            String missing = hasLatitude ? FIELD_LONGITUDE : FIELD_LATITUDE;
            problems.put(missing, FieldError.of(missing, "participant.coordinates.both"));
            return Optional.empty();
        }
        Double lat = decimal(latitude.get());
        Double lon = decimal(longitude.get());
        if (lat == null || lat < -90 || lat > 90) {
            problems.put(FIELD_LATITUDE, FieldError.of(FIELD_LATITUDE, "participant.latitude.range"));
        }
        if (lon == null || lon < -180 || lon > 180) {
            problems.put(FIELD_LONGITUDE, FieldError.of(FIELD_LONGITUDE, "participant.longitude.range"));
        }
        if (problems.containsKey(FIELD_LATITUDE) || problems.containsKey(FIELD_LONGITUDE)) {
            return Optional.empty();
        }
        return Optional.of(new Coordinates(lat, lon));
    }

    private ParticipantDetails merge(Parsed typed, Set<String> wrong, ParticipantDetails stored) {
        boolean badPlace = wrong.contains(FIELD_LATITUDE) || wrong.contains(FIELD_LONGITUDE);
        Address address = new Address(street.get(), houseNumber.get(),
                wrong.contains(ParticipantService.FIELD_POSTCODE) ? stored.address().postcode() : postcode.get(),
                municipality.get());
        return new ParticipantDetails(
                wrong.contains(ParticipantService.FIELD_FIRST_NAME) ? stored.firstName() : firstName.get(),
                wrong.contains(ParticipantService.FIELD_LAST_NAME) ? stored.lastName() : lastName.get(),
                address, badPlace ? stored.coordinates() : typed.coordinates(), phone.get(), contactName.get(),
                contactPhone.get(),
                wrong.contains(ParticipantService.FIELD_START) ? stored.startDate() : typed.start(),
                wrong.contains(ParticipantService.FIELD_END) ? stored.endDate() : typed.end(),
                aid.get(), wrong.contains(ParticipantService.FIELD_LOAD) ? stored.loadMinutes() : typed.load(),
                doorToDoor.get(),
                wrong.contains(ParticipantService.FIELD_DRIVER_NOTE) ? stored.driverNote() : driverNote.get(),
                route.get() == null ? stored.usualRouteId() : route.get().id(),
                wrong.contains(ParticipantService.FIELD_STOP_ORDER) ? stored.usualStopOrder() : typed.stopOrder(),
                notes.get());
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A decimal number typed with a point or, as in Belgium, a comma. */
    private static Double decimal(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty houseNumberProperty() {
        return houseNumber;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty contactNameProperty() {
        return contactName;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    public ObjectProperty<MobilityAid> aidProperty() {
        return aid;
    }

    public StringProperty loadMinutesProperty() {
        return loadMinutes;
    }

    public BooleanProperty doorToDoorProperty() {
        return doorToDoor;
    }

    /** Printed on the route sheet, so at most {@link ParticipantService#DRIVER_NOTE_MAX} characters. */
    public StringProperty driverNoteProperty() {
        return driverNote;
    }

    public ObjectProperty<RouteChoice> routeProperty() {
        return route;
    }

    public ObservableList<RouteChoice> routes() {
        return routes;
    }

    public StringProperty stopOrderProperty() {
        return stopOrder;
    }

    /** Never printed: free notes stay in the office. */
    public StringProperty notesProperty() {
        return notes;
    }

    /** Field name to message, for every field that is wrong. */
    public ObservableMap<String, String> errors() {
        return errors;
    }
}
