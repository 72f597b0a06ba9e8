package be.dagpuzzel.exchange.csv;

import java.util.List;

/** What a column of a staff spreadsheet can hold. */
public enum StaffField implements CsvField {
    FIRST_NAME(true, 100, "voornaam", "voornamen", "firstname", "first", "givenname", "forename"),
    LAST_NAME(true, 100, "familienaam", "achternaam", "naam", "lastname", "surname", "familyname", "name"),
    PHONE(false, 40, "telefoon", "telefoonnummer", "tel", "gsm", "gsmnummer", "phone", "phonenumber", "mobile",
            "telephone"),
    PROGRAMME(false, 0, "statuut", "programma", "tewerkstelling", "tewerkstellingsprogramma", "programme", "program",
            "employmentprogramme", "contracttype"),
    EMPLOYER(false, 200, "werkgever", "employer"),
    START(true, 0, "startdatum", "begindatum", "start", "indienst", "indienstsinds", "datumindienst", "startdate",
            "begin", "vanaf", "since"),
    END(false, 0, "einddatum", "uitdienst", "einde", "tot", "enddate", "end", "until"),
    HOURS(false, 0, "urenperweek", "uren", "weekuren", "werkuren", "hoursperweek", "hours", "weeklyhours"),
    DUTCH_LEVEL(false, 0, "nederlands", "kennisnederlands", "taalniveau", "niveaunederlands", "dutch", "dutchlevel",
            "levelofdutch"),
    NOTES(false, 4000, "notities", "notitie", "opmerkingen", "opmerking", "notes", "note", "remarks", "comments"),
    STRENGTHS(false, 1000, "sterktes", "sterkepunten", "talenten", "strengths");

    private final boolean required;
    private final int maxLength;
    private final List<String> headers;

    StaffField(boolean required, int maxLength, String... headers) {
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
