package be.dagpuzzel.exchange.csv;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.ParticipantService.Newcomer;
import be.dagpuzzel.ui.Messages;

/**
 * Participants from a spreadsheet, each with the weekdays they come from their start date. Two
 * rows (or a row and someone in the register) are the same person when they have the same first
 * and last name and the same address (street, house number and postcode; no address is the same
 * as no address). A street column without a house number column may hold both ("Kerkstraat 14").
 */
public final class ParticipantCsv implements CsvKind<Newcomer> {

    /** As in the New participant form. */
    static final int LOAD_MINUTES = 2;
    private static final Pattern STREET_AND_NUMBER = Pattern.compile("(.*?\\D)\\s+(\\d.*)");
    private static final Map<String, MobilityAid> AIDS = Map.of(
            "rolstoel", MobilityAid.WHEELCHAIR_STAYS, "wheelchair", MobilityAid.WHEELCHAIR_STAYS,
            "rollator", MobilityAid.WALKER, "looprek", MobilityAid.WALKER, "transfer", MobilityAid.WHEELCHAIR_TRANSFER,
            "nee", MobilityAid.NONE, "no", MobilityAid.NONE, "-", MobilityAid.NONE);

    private final ParticipantService participants;
    private final Messages messages;

    public ParticipantCsv(ParticipantService participants, Messages messages) {
        this.participants = participants;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "participants";
    }

    @Override
    public List<ParticipantField> fields() {
        return List.of(ParticipantField.values());
    }

    @Override
    public Newcomer read(Cells cells, List<FieldError> problems) {
        LocalDate start = cells.get(ParticipantField.START).isBlank() ? null
                : StaffCsv.date(cells, ParticipantField.START, problems);
        LocalDate end = cells.get(ParticipantField.END).isBlank() ? null
                : StaffCsv.date(cells, ParticipantField.END, problems);
        String daysText = cells.get(ParticipantField.DAYS);
        Optional<Set<DayOfWeek>> days = CsvWords.weekdays(daysText);
        if (daysText.isBlank()) {
            problems.add(FieldError.of(ParticipantField.DAYS.name(), "csv.problem.noDays"));
        } else if (days.isEmpty() || days.get().isEmpty()) {
            problems.add(FieldError.of(ParticipantField.DAYS.name(), "csv.problem.days", daysText.strip()));
        }
        MobilityAid aid = MobilityAid.NONE;
        String aidText = cells.get(ParticipantField.AID);
        if (!aidText.isBlank()) {
            Optional<MobilityAid> found = CsvWords.choice(aidText, MobilityAid.class, "mobility.", AIDS);
            if (found.isEmpty()) {
                problems.add(FieldError.of(ParticipantField.AID.name(), "csv.problem.choice", aidText.strip(),
                        CsvWords.choices(MobilityAid.class, "mobility.", messages::get)));
            }
            aid = found.orElse(MobilityAid.NONE);
        }
        String doorText = cells.get(ParticipantField.DOOR_TO_DOOR);
        Optional<Boolean> doorToDoor = CsvWords.yesNo(doorText);
        if (doorToDoor.isEmpty()) {
            problems.add(FieldError.of(ParticipantField.DOOR_TO_DOOR.name(), "csv.problem.yesNo", doorText.strip()));
        }
        String street = cells.get(ParticipantField.STREET).strip();
        String number = cells.get(ParticipantField.HOUSE_NUMBER);
        if (!cells.has(ParticipantField.HOUSE_NUMBER)) {
            Matcher m = STREET_AND_NUMBER.matcher(street);
            if (m.matches()) {
                street = m.group(1);
                number = m.group(2);
            }
        }
        Address address = new Address(street, number, cells.get(ParticipantField.POSTCODE),
                cells.get(ParticipantField.MUNICIPALITY));
        ParticipantDetails details = new ParticipantDetails(cells.get(ParticipantField.FIRST_NAME),
                cells.get(ParticipantField.LAST_NAME), address, Optional.empty(), cells.get(ParticipantField.PHONE),
                cells.get(ParticipantField.CONTACT_NAME), cells.get(ParticipantField.CONTACT_PHONE), start, end, aid,
                aid == MobilityAid.WHEELCHAIR_STAYS ? 6 : aid == MobilityAid.NONE ? LOAD_MINUTES : 4,
                doorToDoor.orElse(false), cells.get(ParticipantField.DRIVER_NOTE), null, null,
                cells.get(ParticipantField.NOTES));
        return new Newcomer(details, days.orElse(Set.of()));
    }

    @Override
    public void validate(Newcomer value) {
        ParticipantService.validate(value.details());
    }

    @Override
    public Optional<CsvField> fieldOf(String serviceField) {
        return Optional.ofNullable(switch (serviceField) {
            case ParticipantService.FIELD_FIRST_NAME -> ParticipantField.FIRST_NAME;
            case ParticipantService.FIELD_LAST_NAME -> ParticipantField.LAST_NAME;
            case ParticipantService.FIELD_POSTCODE -> ParticipantField.POSTCODE;
            case ParticipantService.FIELD_START -> ParticipantField.START;
            case ParticipantService.FIELD_END -> ParticipantField.END;
            case ParticipantService.FIELD_DRIVER_NOTE -> ParticipantField.DRIVER_NOTE;
            default -> null;
        });
    }

    @Override
    public String duplicateKey(Newcomer value) {
        return key(value.details().firstName(), value.details().lastName(), value.details().address());
    }

    private static String key(String firstName, String lastName, Address address) {
        return StaffCsv.personKey(firstName, lastName) + "|" + CsvField.normalize(address.street() + address.houseNumber())
                + "|" + CsvField.normalize(address.postcode());
    }

    @Override
    public String displayName(Newcomer value) {
        return (value.details().firstName() + " " + value.details().lastName()).strip();
    }

    @Override
    public Map<String, String> existing() {
        Map<String, String> keys = new HashMap<>();
        for (Participant p : participants.all()) {
            keys.putIfAbsent(key(p.firstName(), p.lastName(), p.address()), p.fullName());
        }
        return keys;
    }

    @Override
    public int store(List<Newcomer> values) {
        return participants.addAll(values).size();
    }
}
