package be.dagpuzzel.transport.print;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.RunDirection;

/** Realistic runs of an invented Flemish centre, for the tests and to look at. */
final class RouteSheetExamples {

    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final String CENTRE = "Dagcentrum De Linde";

    private RouteSheetExamples() {
    }

    /** Twelve stops, farthest first, with wheelchairs, a walker and the usual notes. */
    static RouteSheetData morning() {
        List<SheetStop> stops = List.of(
                stop(1, "07:35", "Maria Claes", "Kapelstraat 14, 9840 De Pinte", "09 282 14 55", MobilityAid.WALKER, 3,
                        true, "sleutelkluis 1234"),
                stop(2, "07:44", "Jozef Van den Broeck", "Grote Steenweg 211 bus 3, 9840 De Pinte", "0475 12 34 56",
                        MobilityAid.WHEELCHAIR_STAYS, 6, true, "bellen en wachten"),
                stop(3, "07:51", "Germaine De Smet", "Leliestraat 3, 9830 Sint-Martens-Latem", "09 282 77 10",
                        MobilityAid.NONE, 1, false, ""),
                stop(4, "07:58", "Roger Verhaeghe", "Molenstraat 87, 9830 Sint-Martens-Latem", "0486 55 21 09",
                        MobilityAid.WHEELCHAIR_TRANSFER, 5, true, "dochter helpt bij de transfer"),
                stop(5, "08:06", "Simonne Martens", "Dorp 2, 9830 Sint-Martens-Latem", "", MobilityAid.NONE, 1, false,
                        "achterdeur, niet de voordeur"),
                stop(6, "08:14", "Marcel Peeters", "Kortrijksesteenweg 1021, 9051 Sint-Denijs-Westrem",
                        "09 222 31 48", MobilityAid.WALKER, 3, false, ""),
                stop(7, "08:22", "Godelieve Janssens", "Pannestraat 45, 9051 Sint-Denijs-Westrem", "0472 98 76 54",
                        MobilityAid.NONE, 1, true, "bellen en wachten"),
                stop(8, "08:29", "André Wouters", "Lindenlaan 6, 9000 Gent", "09 223 45 67",
                        MobilityAid.WHEELCHAIR_STAYS, 6, true, "sleutelkluis 0917, hond binnen laten"),
                stop(9, "08:37", "Yvonne Maes", "Sint-Pietersnieuwstraat 120, 9000 Gent", "0493 11 22 33",
                        MobilityAid.NONE, 1, false, ""),
                stop(10, "08:45", "Lucien Goossens", "Zwijnaardsesteenweg 510, 9000 Gent", "09 220 05 05",
                        MobilityAid.WALKER, 3, false, "voorin laten zitten"),
                stop(11, "08:50", "Agnes Van Acker", "Hundelgemsesteenweg 77, 9820 Merelbeke", "0478 40 50 60",
                        MobilityAid.WHEELCHAIR_STAYS, 6, true, "oprit achteraan, gsm van de zoon"),
                stop(12, "08:54", "Paul Lambrecht", "Fraterstraat 8, 9820 Merelbeke", "09 231 88 77", MobilityAid.NONE,
                        1, false, ""));
        return new RouteSheetData(FRIDAY, CENTRE, "Ronde 1", RunDirection.MORNING, "Bus 1 (lift)", "1-KFB-276",
                "Marc Claeys", "Els Vermeulen", LocalTime.of(7, 20), LocalTime.of(9, 0), stops,
                List.of("Rosa Hermans", "Frans Dewulf"));
    }

    /** The same people home again, nearest first, without a companion. */
    static RouteSheetData evening() {
        List<SheetStop> morning = morning().stops();
        List<SheetStop> stops = new ArrayList<>();
        LocalTime time = LocalTime.of(16, 12);
        for (int i = morning.size() - 1; i >= 0; i--) {
            SheetStop s = morning.get(i);
            stops.add(new SheetStop(stops.size() + 1, time, s.name(), s.address(), s.phone(), s.aid(), s.loadMinutes(),
                    s.doorToDoor(), s.driverNote()));
            time = time.plusMinutes(8);
        }
        return new RouteSheetData(FRIDAY, CENTRE, "Ronde 1", RunDirection.EVENING, "Bus 1 (lift)", "1-KFB-276",
                "Marc Claeys", "", LocalTime.of(16, 0), time.minusMinutes(8), stops, List.of("Rosa Hermans"));
    }

    /** A run of {@code count} stops named "Deelnemer 01" and so on, one every four minutes. */
    static RouteSheetData numbered(String runName, int count) {
        List<SheetStop> stops = new ArrayList<>();
        LocalTime time = LocalTime.of(7, 0);
        for (int i = 1; i <= count; i++) {
            stops.add(new SheetStop(i, time, "Deelnemer %02d".formatted(i), "Stationsstraat %d, 9000 Gent".formatted(i),
                    "09 000 00 %02d".formatted(i), i % 5 == 0 ? MobilityAid.WHEELCHAIR_STAYS : MobilityAid.NONE, 2,
                    i % 3 == 0, "notitie %02d".formatted(i)));
            time = time.plusMinutes(4);
        }
        return new RouteSheetData(FRIDAY, CENTRE, runName, RunDirection.MORNING, "Bus 2", "1-ABC-123", "Ann Peeters",
                "Tom Jacobs", LocalTime.of(6, 50), time.plusMinutes(10), stops, List.of());
    }

    static SheetStop stop(int number, String time, String name, String address, String phone, MobilityAid aid,
            int loadMinutes, boolean doorToDoor, String note) {
        return new SheetStop(number, LocalTime.parse(time), name, address, phone, aid, loadMinutes, doorToDoor, note);
    }
}
