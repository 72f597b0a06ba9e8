package be.dagpuzzel.transport.print;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import be.dagpuzzel.transport.RunDirection;

/**
 * One run's sheet, everything already computed and in stop order. driver/companion are "" when
 * nobody is assigned. departure = time the bus leaves (the centre for an evening run; the first
 * stop's planned time region for a morning run, i.e. when it leaves the centre), arrival = planned
 * arrival at the centre (morning) or at the last stop (evening).
 */
public record RouteSheetData(LocalDate date, String centreName, String runName, RunDirection direction,
        String vehicleName, String vehiclePlate, String driver, String companion, LocalTime departure,
        LocalTime arrival, List<SheetStop> stops, List<String> notComingToday) {
}
