package be.dagpuzzel.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.TransportService;
import be.dagpuzzel.transport.Vehicle;
import be.dagpuzzel.transport.VehicleAccess;

/**
 * The demo centre's transport: three vehicles (the spare car has no lift), two routes that match
 * the template's "Ronde 1" and "Ronde 2" places, 35 invented participants around Lindegem with
 * weekday patterns, a few wheelchairs, and this morning's calls.
 */
final class DemoTransport {

    private static final String[] FIRST = {"Maria", "Jozef", "Godelieve", "Roger", "Agnes", "Marcel", "Paula", "Willy",
        "Simonne", "Gilbert", "Rosa", "André", "Jeanine", "Etienne", "Lisette", "Frans", "Mariette", "Roland", "Denise",
        "Albert", "Georgette", "Urbain", "Magda", "Lucien", "Irma", "Omer", "Yvonne", "Raymond", "Germaine", "Jules",
        "Clara", "Noël", "Elza", "Maurice", "Bertha"};
    private static final String[] LAST = {"De Smet", "Van den Broeck", "Claeys", "Verbeke", "De Wilde", "Martens",
        "Goossens", "Vermeulen", "Maes", "Wouters", "Declercq", "Van Damme", "Peeters", "Mertens", "De Backer",
        "Hermans", "Lambrecht", "Verhaeghe", "Van Hecke", "De Vos", "Coppens", "Baert", "Bogaert", "Dhondt",
        "Van de Velde", "Lievens", "Standaert", "Roels", "De Coninck", "Verstraete", "Van Acker", "Cools", "Rogiers",
        "Sierens", "Van Laere"};
    private static final String[] STREETS = {"Kerkstraat", "Molenstraat", "Dorpsstraat", "Stationsstraat", "Veldstraat",
        "Lindelaan", "Kapelstraat", "Beekstraat", "Nieuwstraat", "Hoogstraat", "Bosstraat", "Schoolstraat",
        "Meersstraat", "Processieweg", "Kouterlaan", "Hulststraat"};
    private static final String[][] PLACES = {{"9299", "Lindegem"}, {"9298", "Hulsbeke"}, {"9297", "Wildert"}};
    private static final String[] NOTES = {"Sleutelkluis 4711", "Bellen en even wachten", "Deur staat open, roepen",
        "Hond in de tuin", "Achterdeur gebruiken", "Trapje aan de voordeur"};

    private final ParticipantService participants;
    private final TransportService transport;

    DemoTransport(ParticipantService participants, TransportService transport) {
        this.participants = participants;
        this.transport = transport;
    }

    void fill(LocalDate today) {
        Vehicle bus1 = transport.saveVehicle(new Vehicle(0, "Bus 1 (lift)", "1-XKB-341", 8, 2, VehicleAccess.LIFT, true));
        Vehicle bus2 = transport.saveVehicle(new Vehicle(0, "Bus 2 (oprijplaat)", "1-VTR-972", 8, 1, VehicleAccess.RAMP,
                true));
        transport.saveVehicle(new Vehicle(0, "Reservewagen", "2-AFM-118", 4, 0, VehicleAccess.NONE, true));
        Route ronde1 = transport.saveRoute(new Route(0, "Ronde 1", Optional.of(bus1.id()), LocalTime.of(9, 15),
                LocalTime.of(15, 45), true));
        Route ronde2 = transport.saveRoute(new Route(0, "Ronde 2", Optional.of(bus2.id()), LocalTime.of(9, 20),
                LocalTime.of(16, 0), true));
        Random random = new Random(20261127L);
        LocalDate longAgo = today.minusYears(1);
        double[] north = new double[FIRST.length];
        double[] east = new double[FIRST.length];
        for (int i = 0; i < FIRST.length; i++) {
            north[i] = (random.nextDouble() - 0.5) * 0.07;
            east[i] = (random.nextDouble() - 0.5) * 0.11;
        }
        double middle = java.util.Arrays.stream(east).sorted().toArray()[FIRST.length / 2];
        for (int i = 0; i < FIRST.length; i++) {
            Coordinates at = new Coordinates(round(DemoCentre.LOCATION.latitude() + north[i]),
                    round(DemoCentre.LOCATION.longitude() + east[i]));
            String[] place = PLACES[i % PLACES.length];
            MobilityAid aid = i % 11 == 3 ? MobilityAid.WHEELCHAIR_STAYS
                    : i % 9 == 5 ? MobilityAid.WHEELCHAIR_TRANSFER : i % 4 == 1 ? MobilityAid.WALKER : MobilityAid.NONE;
            int load = aid == MobilityAid.WHEELCHAIR_STAYS ? 6 : aid == MobilityAid.NONE ? 2 : 4;
            boolean ownTransport = i % 10 == 7;
            Long route = ownTransport ? null : east[i] < middle ? ronde1.id() : ronde2.id();
            String note = i % 5 == 2 ? NOTES[i % NOTES.length] : "";
            ParticipantDetails details = new ParticipantDetails(FIRST[i], LAST[i],
                    new Address(STREETS[random.nextInt(STREETS.length)], String.valueOf(1 + random.nextInt(120)),
                            place[0], place[1]),
                    Optional.of(at), "09 3" + (10 + i) + " " + (10 + random.nextInt(89)) + " " + (10 + random.nextInt(89)),
                    "Kind " + LAST[i], "0470 " + (100 + i) + " " + (100 + random.nextInt(899)),
                    longAgo.plusDays(random.nextInt(300)), null, aid, load, i % 6 == 0 || aid != MobilityAid.NONE, note,
                    route, null, i % 7 == 0 ? "Diabetes: suikervrij dessert." : "");
            participants.add(details, pattern(i));
        }
        List<Participant> coming = participants.attendance(today).expected();
        call(coming, 1, today, today, AbsenceReason.ILL, "Griep, belt maandag terug");
        call(coming, 4, today, today.plusDays(10), AbsenceReason.HOSPITAL, "Heupoperatie");
        call(coming, 8, today, today, AbsenceReason.FAMILY, "Kleindochter trouwt");
    }

    /** Two or three fixed weekdays, spread so each day has about fifteen people. */
    private static Set<DayOfWeek> pattern(int i) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        days.add(DayOfWeek.of(1 + i % 5));
        days.add(DayOfWeek.of(1 + (i / 5 + i + 2) % 5));
        if (i % 4 == 0) {
            days.add(DayOfWeek.of(1 + (i + 4) % 5));
        }
        return days;
    }

    /** This morning's calls, for whoever is expected today (nothing on a weekend). */
    private void call(List<Participant> coming, int index, LocalDate from, LocalDate to, AbsenceReason reason,
                      String note) {
        if (index < coming.size()) {
            participants.recordAbsence(coming.get(index).id(), from, to, reason, note);
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}
