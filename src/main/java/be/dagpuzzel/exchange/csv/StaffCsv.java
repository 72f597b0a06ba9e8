package be.dagpuzzel.exchange.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.Messages;

/**
 * Staff from a spreadsheet. Two rows (or a row and someone in the register) are the same person
 * when they have the same first and last name and the same start date. An empty programme is a
 * regular employee, an empty Dutch level is fluent (as in the New staff member form).
 */
public final class StaffCsv implements CsvKind<StaffProfile> {

    private static final Map<String, Programme> PROGRAMMES = Map.ofEntries(
            Map.entry("regulier", Programme.REGULAR), Map.entry("werknemer", Programme.REGULAR),
            Map.entry("bediende", Programme.REGULAR), Map.entry("regular", Programme.REGULAR),
            Map.entry("employee", Programme.REGULAR),
            Map.entry("lokale diensteneconomie", Programme.LDE),
            Map.entry("individueel", Programme.INDIVIDUAL_MAATWERK),
            Map.entry("maatwerk individueel", Programme.INDIVIDUAL_MAATWERK),
            Map.entry("collectief", Programme.COLLECTIVE_MAATWERK),
            Map.entry("maatwerk collectief", Programme.COLLECTIVE_MAATWERK),
            Map.entry("art 60", Programme.ARTICLE_60), Map.entry("art. 60", Programme.ARTICLE_60),
            Map.entry("art60", Programme.ARTICLE_60), Map.entry("artikel 60 §7", Programme.ARTICLE_60),
            Map.entry("art. 60 §7", Programme.ARTICLE_60), Map.entry("article 60 §7", Programme.ARTICLE_60),
            Map.entry("stage", Programme.TRAINEE), Map.entry("stagiaire", Programme.TRAINEE),
            Map.entry("intern", Programme.TRAINEE), Map.entry("vrijwilligster", Programme.VOLUNTEER),
            Map.entry("ander", Programme.OTHER));
    private static final Map<String, DutchLevel> DUTCH_LEVELS = Map.of(
            "vloeiend", DutchLevel.FLUENT, "moedertaal", DutchLevel.FLUENT, "native", DutchLevel.FLUENT,
            "goede", DutchLevel.GOOD, "basic", DutchLevel.BASIC, "basiskennis", DutchLevel.BASIC,
            "beperkt", DutchLevel.BASIC, "beginnend", DutchLevel.BEGINNER);

    private final StaffService staff;
    private final Messages messages;

    public StaffCsv(StaffService staff, Messages messages) {
        this.staff = staff;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "staff";
    }

    @Override
    public List<StaffField> fields() {
        return List.of(StaffField.values());
    }

    @Override
    public StaffProfile read(Cells cells, List<FieldError> problems) {
        LocalDate start = cells.get(StaffField.START).isBlank() ? null : date(cells, StaffField.START, problems);
        LocalDate end = cells.get(StaffField.END).isBlank() ? null : date(cells, StaffField.END, problems);
        Optional<BigDecimal> hours = Optional.empty();
        String hoursText = cells.get(StaffField.HOURS);
        if (!hoursText.isBlank()) {
            hours = CsvWords.hours(hoursText);
            if (hours.isEmpty()) {
                problems.add(FieldError.of(StaffField.HOURS.name(), "csv.problem.hours", hoursText.strip()));
            }
        }
        Programme programme = Programme.REGULAR;
        String programmeText = cells.get(StaffField.PROGRAMME);
        if (!programmeText.isBlank()) {
            Optional<Programme> found = CsvWords.choice(programmeText, Programme.class, "programme.", PROGRAMMES);
            if (found.isEmpty()) {
                problems.add(FieldError.of(StaffField.PROGRAMME.name(), "csv.problem.choice", programmeText.strip(),
                        CsvWords.choices(Programme.class, "programme.", messages::get)));
            }
            programme = found.orElse(Programme.REGULAR);
        }
        DutchLevel dutch = DutchLevel.FLUENT;
        String dutchText = cells.get(StaffField.DUTCH_LEVEL);
        if (!dutchText.isBlank()) {
            Optional<DutchLevel> found = CsvWords.choice(dutchText, DutchLevel.class, "dutchLevel.", DUTCH_LEVELS);
            if (found.isEmpty()) {
                problems.add(FieldError.of(StaffField.DUTCH_LEVEL.name(), "csv.problem.choice", dutchText.strip(),
                        CsvWords.choices(DutchLevel.class, "dutchLevel.", messages::get)));
            }
            dutch = found.orElse(DutchLevel.FLUENT);
        }
        return new StaffProfile(cells.get(StaffField.FIRST_NAME), cells.get(StaffField.LAST_NAME),
                cells.get(StaffField.PHONE), programme, cells.get(StaffField.EMPLOYER), start, Optional.ofNullable(end),
                hours, Optional.empty(), dutch, cells.get(StaffField.NOTES), cells.get(StaffField.STRENGTHS));
    }

    static LocalDate date(Cells cells, CsvField field, List<FieldError> problems) {
        String text = cells.get(field).strip();
        Optional<LocalDate> date = CsvWords.date(text);
        if (date.isEmpty()) {
            problems.add(FieldError.of(field.name(), "csv.problem.date", text));
        }
        return date.orElse(null);
    }

    @Override
    public void validate(StaffProfile value) {
        StaffService.validate(value, null);
    }

    @Override
    public Optional<CsvField> fieldOf(String serviceField) {
        return Optional.ofNullable(switch (serviceField) {
            case StaffService.FIELD_FIRST_NAME -> StaffField.FIRST_NAME;
            case StaffService.FIELD_LAST_NAME -> StaffField.LAST_NAME;
            case StaffService.FIELD_START -> StaffField.START;
            case StaffService.FIELD_END -> StaffField.END;
            case StaffService.FIELD_HOURS -> StaffField.HOURS;
            default -> null;
        });
    }

    @Override
    public String duplicateKey(StaffProfile value) {
        return personKey(value.firstName(), value.lastName()) + "|" + value.startDate();
    }

    /** First and last name without case, accents or extra spaces. */
    static String personKey(String firstName, String lastName) {
        return CsvField.normalize(firstName) + "|" + CsvField.normalize(lastName);
    }

    @Override
    public String displayName(StaffProfile value) {
        return value.fullName();
    }

    @Override
    public Map<String, String> existing() {
        Map<String, String> keys = new HashMap<>();
        for (StaffMember m : staff.all()) {
            keys.putIfAbsent(duplicateKey(m.profile()), m.fullName());
        }
        return keys;
    }

    @Override
    public int store(List<StaffProfile> values) {
        return staff.createAll(values).size();
    }
}
