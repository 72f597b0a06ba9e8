package be.dagpuzzel.exchange.csv;

import java.util.List;

/** What a column of a participants spreadsheet can hold. */
public enum ParticipantField implements CsvField {
    FIRST_NAME(true, 100, "voornaam", "voornamen", "firstname", "first", "givenname", "forename"),
    LAST_NAME(true, 100, "familienaam", "achternaam", "naam", "lastname", "surname", "familyname", "name"),
    STREET(false, 200, "straat", "straatnaam", "adres", "straatennummer", "street", "address", "streetname"),
    HOUSE_NUMBER(false, 20, "huisnummer", "huisnr", "nr", "nummer", "number", "housenumber", "no"),
    POSTCODE(false, 10, "postcode", "postnummer", "zip", "zipcode", "postalcode"),
    MUNICIPALITY(false, 100, "gemeente", "woonplaats", "stad", "plaats", "deelgemeente", "municipality", "city",
            "town", "place"),
    PHONE(false, 40, "telefoon", "telefoonnummer", "tel", "gsm", "phone", "phonenumber", "mobile", "telephone"),
    CONTACT_NAME(false, 200, "contactpersoon", "contact", "mantelzorger", "referentiepersoon", "contactname",
            "contactperson", "nextofkin"),
    CONTACT_PHONE(false, 40, "telcontactpersoon", "telefooncontactpersoon", "telefooncontact", "contacttelefoon",
            "gsmcontactpersoon", "contactphone", "contactpersonphone", "phonecontact", "phonecontactperson"),
    START(true, 0, "startdatum", "begindatum", "start", "sinds", "vanaf", "ingeschreven", "inschrijving", "startdate",
            "since", "enrolled"),
    END(false, 0, "einddatum", "einde", "tot", "uitgeschreven", "enddate", "end", "until"),
    DAYS(true, 0, "dagen", "weekdagen", "komtop", "aanwezigheidsdagen", "days", "weekdays", "attendancedays"),
    AID(false, 0, "hulpmiddel", "mobiliteit", "mobiliteitshulpmiddel", "verplaatsing", "mobility", "mobilityaid",
            "aid"),
    DOOR_TO_DOOR(false, 0, "deurtotdeur", "deurtotdeurhulp", "deuraandeur", "doortodoor", "doortodoorhelp"),
    DRIVER_NOTE(false, 0, "notitiechauffeur", "notachauffeur", "opmerkingchauffeur", "voordechauffeur", "chauffeur",
            "drivernote", "notefordriver", "driver"),
    NOTES(false, 4000, "notities", "notitie", "opmerkingen", "opmerking", "vrijenotities", "notes", "note", "remarks",
            "comments");

    private final boolean required;
    private final int maxLength;
    private final List<String> headers;

    ParticipantField(boolean required, int maxLength, String... headers) {
        this.required = required;
        this.maxLength = maxLength;
        this.headers = List.of(headers);
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public List<String> headers() {
        return headers;
    }
}
