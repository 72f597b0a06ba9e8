package be.dagpuzzel.settings;

import java.util.Optional;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.ui.Messages;

/**
 * The fields of the centre's details as the user types them, and the messages per field after
 * a check. Used by the welcome page (start empty) and by Settings.
 */
public final class CentreFormModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty street = new SimpleStringProperty(this, "street", "");
    private final StringProperty houseNumber = new SimpleStringProperty(this, "houseNumber", "");
    private final StringProperty postcode = new SimpleStringProperty(this, "postcode", "");
    private final StringProperty municipality = new SimpleStringProperty(this, "municipality", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Optional<Coordinates> coordinates = Optional.empty();

    public StringProperty nameProperty() {
        return name;
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

    /** Field name to message, for the fields that were refused at the last check. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public CentreDetails details() {
        return new CentreDetails(name.get(),
                new Address(street.get(), houseNumber.get(), postcode.get(), municipality.get()), coordinates);
    }

    /** The typed details, with the stored value in each field that has an error. */
    public CentreDetails withStoredWhereWrong(Centre stored) {
        Address a = stored.address();
        String typedName = errors.containsKey(CentreService.FIELD_NAME) ? stored.name() : name.get();
        String typedPostcode = errors.containsKey(CentreService.FIELD_POSTCODE) ? a.postcode() : postcode.get();
        return new CentreDetails(typedName,
                new Address(street.get(), houseNumber.get(), typedPostcode, municipality.get()), coordinates);
    }

    public void fill(Centre centre) {
        name.set(centre.name());
        street.set(centre.address().street());
        houseNumber.set(centre.address().houseNumber());
        postcode.set(centre.address().postcode());
        municipality.set(centre.address().municipality());
        coordinates = centre.coordinates();
        errors.clear();
    }

    /** Checks the fields; on a problem fills {@link #errors()} and answers false. */
    public boolean check(Messages messages) {
        try {
            CentreService.validate(details());
            errors.clear();
            return true;
        } catch (ValidationException e) {
            show(e, messages);
            return false;
        }
    }

    public void show(ValidationException e, Messages messages) {
        errors.clear();
        e.errors().forEach(error -> errors.put(error.field(), messages.text(error)));
    }
}
