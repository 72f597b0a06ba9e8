package be.dagpuzzel.transport;

import static be.dagpuzzel.store.jooq.Tables.APP_SETTING;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT_ABSENCE;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT_EXTRA_DAY;
import static be.dagpuzzel.store.jooq.Tables.PARTICIPANT_PATTERN;
import static be.dagpuzzel.store.jooq.Tables.ROUTE;
import static be.dagpuzzel.store.jooq.Tables.RUN_STOP;
import static be.dagpuzzel.store.jooq.Tables.TRANSPORT_RUN;
import static be.dagpuzzel.store.jooq.Tables.VEHICLE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.store.jooq.tables.records.ParticipantRecord;
import be.dagpuzzel.store.jooq.tables.records.RouteRecord;
import be.dagpuzzel.store.jooq.tables.records.TransportRunRecord;
import be.dagpuzzel.store.jooq.tables.records.VehicleRecord;

/** The transport tables: participants and attendance, vehicles, routes, runs and stops. */
public final class TransportRepository {

    private static final String SETTING_PREFIX = "transport.";

    // ---- participants

    public List<Participant> participants(DSLContext dsl) {
        return dsl.selectFrom(PARTICIPANT).orderBy(PARTICIPANT.LAST_NAME, PARTICIPANT.FIRST_NAME, PARTICIPANT.ID)
                .fetch(TransportRepository::toParticipant);
    }

    public Optional<Participant> participant(DSLContext dsl, long id) {
        return dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(id)).fetchOptional(TransportRepository::toParticipant);
    }

    public long insertParticipant(DSLContext dsl, ParticipantDetails details) {
        ParticipantRecord r = dsl.newRecord(PARTICIPANT);
        fill(r, details);
        r.store();
        return r.getId();
    }

    public void updateParticipant(DSLContext dsl, long id, ParticipantDetails details) {
        ParticipantRecord r = dsl.fetchSingle(PARTICIPANT, PARTICIPANT.ID.eq(id));
        fill(r, details);
        r.setUpdatedAt(LocalDateTime.now());
        r.store();
    }

    public void setArchived(DSLContext dsl, long id, boolean archived) {
        dsl.update(PARTICIPANT).set(PARTICIPANT.ARCHIVED, archived).set(PARTICIPANT.UPDATED_AT, LocalDateTime.now())
                .where(PARTICIPANT.ID.eq(id)).execute();
    }

    public void deleteParticipant(DSLContext dsl, long id) {
        dsl.deleteFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(id)).execute();
    }

    private static void fill(ParticipantRecord r, ParticipantDetails d) {
        r.setFirstName(d.firstName());
        r.setLastName(d.lastName());
        r.setStreet(d.address().street());
        r.setHouseNumber(d.address().houseNumber());
        r.setPostcode(d.address().postcode());
        r.setMunicipality(d.address().municipality());
        r.setLatitude(d.coordinates().map(c -> BigDecimal.valueOf(c.latitude())).orElse(null));
        r.setLongitude(d.coordinates().map(c -> BigDecimal.valueOf(c.longitude())).orElse(null));
        r.setPhone(d.phone());
        r.setContactName(d.contactName());
        r.setContactPhone(d.contactPhone());
        r.setStartDate(d.startDate());
        r.setEndDate(d.endDate());
        r.setMobilityAid(d.aid().name());
        r.setLoadMinutes(d.loadMinutes());
        r.setDoorToDoor(d.doorToDoor());
        r.setDriverNote(d.driverNote());
        r.setUsualRouteId(d.usualRouteId());
        r.setUsualStopOrder(d.usualStopOrder());
        r.setNotes(d.notes());
    }

    private static Participant toParticipant(ParticipantRecord r) {
        Optional<Coordinates> at = r.getLatitude() == null || r.getLongitude() == null ? Optional.empty()
                : Optional.of(new Coordinates(r.getLatitude().doubleValue(), r.getLongitude().doubleValue()));
        return new Participant(r.getId(), r.getFirstName(), r.getLastName(),
                new Address(r.getStreet(), r.getHouseNumber(), r.getPostcode(), r.getMunicipality()), at, r.getPhone(),
                r.getContactName(), r.getContactPhone(), r.getStartDate(), Optional.ofNullable(r.getEndDate()),
                MobilityAid.valueOf(r.getMobilityAid()), r.getLoadMinutes(), r.getDoorToDoor(), r.getDriverNote(),
                Optional.ofNullable(r.getUsualRouteId()), Optional.ofNullable(r.getUsualStopOrder()), r.getNotes(),
                r.getArchived());
    }

    // ---- attendance

    public List<AttendancePattern> patterns(DSLContext dsl) {
        return dsl.selectFrom(PARTICIPANT_PATTERN)
                .orderBy(PARTICIPANT_PATTERN.PARTICIPANT_ID, PARTICIPANT_PATTERN.VALID_FROM)
                .fetch(r -> new AttendancePattern(r.getId(), r.getParticipantId(), r.getValidFrom(),
                        AttendancePattern.fromBits(r.getWeekdays())));
    }

    public List<AttendancePattern> patterns(DSLContext dsl, long participantId) {
        return dsl.selectFrom(PARTICIPANT_PATTERN).where(PARTICIPANT_PATTERN.PARTICIPANT_ID.eq(participantId))
                .orderBy(PARTICIPANT_PATTERN.VALID_FROM)
                .fetch(r -> new AttendancePattern(r.getId(), r.getParticipantId(), r.getValidFrom(),
                        AttendancePattern.fromBits(r.getWeekdays())));
    }

    /** Sets the pattern valid from {@code from}, replacing one that starts the same day. */
    public void putPattern(DSLContext dsl, long participantId, LocalDate from, int weekdayBits) {
        int updated = dsl.update(PARTICIPANT_PATTERN).set(PARTICIPANT_PATTERN.WEEKDAYS, (short) weekdayBits)
                .where(PARTICIPANT_PATTERN.PARTICIPANT_ID.eq(participantId))
                .and(PARTICIPANT_PATTERN.VALID_FROM.eq(from)).execute();
        if (updated == 0) {
            dsl.insertInto(PARTICIPANT_PATTERN).set(PARTICIPANT_PATTERN.PARTICIPANT_ID, participantId)
                    .set(PARTICIPANT_PATTERN.VALID_FROM, from).set(PARTICIPANT_PATTERN.WEEKDAYS, (short) weekdayBits)
                    .execute();
        }
    }

    public void deletePattern(DSLContext dsl, long patternId) {
        dsl.deleteFrom(PARTICIPANT_PATTERN).where(PARTICIPANT_PATTERN.ID.eq(patternId)).execute();
    }

    public List<ParticipantAbsence> absences(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(PARTICIPANT_ABSENCE).where(PARTICIPANT_ABSENCE.FROM_DATE.le(to))
                .and(PARTICIPANT_ABSENCE.TO_DATE.ge(from)).orderBy(PARTICIPANT_ABSENCE.FROM_DATE, PARTICIPANT_ABSENCE.ID)
                .fetch(TransportRepository::toAbsence);
    }

    public List<ParticipantAbsence> absencesOf(DSLContext dsl, long participantId) {
        return dsl.selectFrom(PARTICIPANT_ABSENCE).where(PARTICIPANT_ABSENCE.PARTICIPANT_ID.eq(participantId))
                .orderBy(PARTICIPANT_ABSENCE.FROM_DATE.desc(), PARTICIPANT_ABSENCE.ID.desc())
                .fetch(TransportRepository::toAbsence);
    }

    public Optional<ParticipantAbsence> absence(DSLContext dsl, long id) {
        return dsl.selectFrom(PARTICIPANT_ABSENCE).where(PARTICIPANT_ABSENCE.ID.eq(id))
                .fetchOptional(TransportRepository::toAbsence);
    }

    public long insertAbsence(DSLContext dsl, ParticipantAbsence a) {
        var r = dsl.newRecord(PARTICIPANT_ABSENCE);
        if (a.id() > 0) {
            r.setId(a.id());
        }
        r.setParticipantId(a.participantId());
        r.setFromDate(a.from());
        r.setToDate(a.to());
        r.setReason(a.reason().name());
        r.setNote(a.note());
        r.store();
        return r.getId();
    }

    public void deleteAbsence(DSLContext dsl, long id) {
        dsl.deleteFrom(PARTICIPANT_ABSENCE).where(PARTICIPANT_ABSENCE.ID.eq(id)).execute();
    }

    private static ParticipantAbsence toAbsence(be.dagpuzzel.store.jooq.tables.records.ParticipantAbsenceRecord r) {
        return new ParticipantAbsence(r.getId(), r.getParticipantId(), r.getFromDate(), r.getToDate(),
                AbsenceReason.valueOf(r.getReason()), r.getNote());
    }

    public List<Long> extraOn(DSLContext dsl, LocalDate date) {
        return dsl.select(PARTICIPANT_EXTRA_DAY.PARTICIPANT_ID).from(PARTICIPANT_EXTRA_DAY)
                .where(PARTICIPANT_EXTRA_DAY.EXTRA_DATE.eq(date)).fetch(PARTICIPANT_EXTRA_DAY.PARTICIPANT_ID);
    }

    public List<LocalDate> extraDaysOf(DSLContext dsl, long participantId) {
        return dsl.select(PARTICIPANT_EXTRA_DAY.EXTRA_DATE).from(PARTICIPANT_EXTRA_DAY)
                .where(PARTICIPANT_EXTRA_DAY.PARTICIPANT_ID.eq(participantId))
                .orderBy(PARTICIPANT_EXTRA_DAY.EXTRA_DATE.desc()).fetch(PARTICIPANT_EXTRA_DAY.EXTRA_DATE);
    }

    public void addExtraDay(DSLContext dsl, long participantId, LocalDate date) {
        dsl.insertInto(PARTICIPANT_EXTRA_DAY).set(PARTICIPANT_EXTRA_DAY.PARTICIPANT_ID, participantId)
                .set(PARTICIPANT_EXTRA_DAY.EXTRA_DATE, date).onDuplicateKeyIgnore().execute();
    }

    public void removeExtraDay(DSLContext dsl, long participantId, LocalDate date) {
        dsl.deleteFrom(PARTICIPANT_EXTRA_DAY).where(PARTICIPANT_EXTRA_DAY.PARTICIPANT_ID.eq(participantId))
                .and(PARTICIPANT_EXTRA_DAY.EXTRA_DATE.eq(date)).execute();
    }

    // ---- vehicles and routes

    public List<Vehicle> vehicles(DSLContext dsl) {
        return dsl.selectFrom(VEHICLE).orderBy(VEHICLE.SORT_ORDER, VEHICLE.NAME, VEHICLE.ID)
                .fetch(r -> new Vehicle(r.getId(), r.getName(), r.getPlate(), r.getSeats(), r.getWheelchairPlaces(),
                        VehicleAccess.valueOf(r.getAccess()), r.getInService()));
    }

    public long saveVehicle(DSLContext dsl, Vehicle v) {
        VehicleRecord r = v.id() > 0 ? dsl.fetchSingle(VEHICLE, VEHICLE.ID.eq(v.id())) : dsl.newRecord(VEHICLE);
        r.setName(v.name());
        r.setPlate(v.plate());
        r.setSeats(v.seats());
        r.setWheelchairPlaces(v.wheelchairPlaces());
        r.setAccess(v.access().name());
        r.setInService(v.inService());
        if (v.id() <= 0) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(VEHICLE.SORT_ORDER)).from(VEHICLE).fetchOne(0, Integer.class);
            r.setSortOrder(max == null ? 1 : max + 1);
        }
        r.store();
        return r.getId();
    }

    public List<Route> routes(DSLContext dsl) {
        return dsl.selectFrom(ROUTE).orderBy(ROUTE.SORT_ORDER, ROUTE.NAME, ROUTE.ID)
                .fetch(r -> new Route(r.getId(), r.getName(), Optional.ofNullable(r.getVehicleId()), r.getArriveBy(),
                        r.getDepartAt(), r.getActive()));
    }

    public long saveRoute(DSLContext dsl, Route route) {
        RouteRecord r = route.id() > 0 ? dsl.fetchSingle(ROUTE, ROUTE.ID.eq(route.id())) : dsl.newRecord(ROUTE);
        r.setName(route.name());
        r.setVehicleId(route.vehicleId().orElse(null));
        r.setArriveBy(route.arriveBy());
        r.setDepartAt(route.departAt());
        r.setActive(route.active());
        if (route.id() <= 0) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(ROUTE.SORT_ORDER)).from(ROUTE).fetchOne(0, Integer.class);
            r.setSortOrder(max == null ? 1 : max + 1);
        }
        r.store();
        return r.getId();
    }

    // ---- runs and stops

    public List<Run> runs(DSLContext dsl, LocalDate date) {
        return dsl.selectFrom(TRANSPORT_RUN).where(TRANSPORT_RUN.RUN_DATE.eq(date)).orderBy(TRANSPORT_RUN.ID)
                .fetch(TransportRepository::toRun);
    }

    public Optional<Run> run(DSLContext dsl, long id) {
        return dsl.selectFrom(TRANSPORT_RUN).where(TRANSPORT_RUN.ID.eq(id)).fetchOptional(TransportRepository::toRun);
    }

    public long insertRun(DSLContext dsl, LocalDate date, long routeId, RunDirection direction, Long vehicleId) {
        TransportRunRecord r = dsl.newRecord(TRANSPORT_RUN);
        r.setRunDate(date);
        r.setRouteId(routeId);
        r.setDirection(direction.name());
        r.setVehicleId(vehicleId);
        r.store();
        return r.getId();
    }

    public void updateRun(DSLContext dsl, Run run) {
        dsl.update(TRANSPORT_RUN).set(TRANSPORT_RUN.VEHICLE_ID, run.vehicleId().orElse(null))
                .set(TRANSPORT_RUN.ORDERED_BY_HAND, run.orderedByHand())
                .set(TRANSPORT_RUN.KM_START, run.kmStart().orElse(null))
                .set(TRANSPORT_RUN.KM_END, run.kmEnd().orElse(null))
                .set(TRANSPORT_RUN.ACTUAL_DEPARTURE, run.actualDeparture().orElse(null))
                .set(TRANSPORT_RUN.ACTUAL_ARRIVAL, run.actualArrival().orElse(null))
                .where(TRANSPORT_RUN.ID.eq(run.id())).execute();
    }

    private static Run toRun(TransportRunRecord r) {
        return new Run(r.getId(), r.getRunDate(), r.getRouteId(), RunDirection.valueOf(r.getDirection()),
                Optional.ofNullable(r.getVehicleId()), r.getOrderedByHand(), Optional.ofNullable(r.getKmStart()),
                Optional.ofNullable(r.getKmEnd()), Optional.ofNullable(r.getActualDeparture()),
                Optional.ofNullable(r.getActualArrival()));
    }

    /** The stops of the day's runs, per run id, in order. */
    public Map<Long, List<Stop>> stops(DSLContext dsl, LocalDate date) {
        return dsl.select(RUN_STOP.fields()).from(RUN_STOP).join(TRANSPORT_RUN).on(TRANSPORT_RUN.ID.eq(RUN_STOP.RUN_ID))
                .where(TRANSPORT_RUN.RUN_DATE.eq(date)).orderBy(RUN_STOP.RUN_ID, RUN_STOP.POSITION)
                .fetch(r -> new Stop(r.get(RUN_STOP.RUN_ID), r.get(RUN_STOP.PARTICIPANT_ID), r.get(RUN_STOP.POSITION),
                        Optional.ofNullable(r.get(RUN_STOP.OUTCOME)).map(StopOutcome::valueOf),
                        Optional.ofNullable(r.get(RUN_STOP.ACTUAL_TIME))))
                .stream().collect(Collectors.groupingBy(Stop::runId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** Replaces the stops of a run with these, positions as given. */
    public void replaceStops(DSLContext dsl, long runId, List<Stop> stops) {
        dsl.deleteFrom(RUN_STOP).where(RUN_STOP.RUN_ID.eq(runId)).execute();
        for (Stop s : stops) {
            dsl.insertInto(RUN_STOP).set(RUN_STOP.RUN_ID, runId).set(RUN_STOP.PARTICIPANT_ID, s.participantId())
                    .set(RUN_STOP.POSITION, s.position()).set(RUN_STOP.OUTCOME, s.outcome().map(Enum::name).orElse(null))
                    .set(RUN_STOP.ACTUAL_TIME, s.actualTime().orElse(null)).execute();
        }
    }

    // ---- settings

    public TransportSettings settings(DSLContext dsl) {
        Map<String, String> values = dsl.selectFrom(APP_SETTING).where(APP_SETTING.SETTING_KEY.startsWith(SETTING_PREFIX))
                .fetchMap(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE);
        TransportSettings d = TransportSettings.DEFAULTS;
        try {
            return new TransportSettings(
                    Double.parseDouble(values.getOrDefault(SETTING_PREFIX + "roadFactor", String.valueOf(d.roadFactor()))),
                    Double.parseDouble(values.getOrDefault(SETTING_PREFIX + "averageSpeedKmh",
                            String.valueOf(d.averageSpeedKmh()))),
                    Integer.parseInt(values.getOrDefault(SETTING_PREFIX + "maxRideMinutes",
                            String.valueOf(d.maxRideMinutes()))),
                    Integer.parseInt(values.getOrDefault(SETTING_PREFIX + "unknownLegMinutes",
                            String.valueOf(d.unknownLegMinutes()))));
        } catch (IllegalArgumentException e) {
            return d;
        }
    }

    public void saveSettings(DSLContext dsl, TransportSettings s) {
        put(dsl, "roadFactor", String.valueOf(s.roadFactor()));
        put(dsl, "averageSpeedKmh", String.valueOf(s.averageSpeedKmh()));
        put(dsl, "maxRideMinutes", String.valueOf(s.maxRideMinutes()));
        put(dsl, "unknownLegMinutes", String.valueOf(s.unknownLegMinutes()));
    }

    private static void put(DSLContext dsl, String key, String value) {
        dsl.mergeInto(APP_SETTING).using(dsl.selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(SETTING_PREFIX + key))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE)
                .values(SETTING_PREFIX + key, value).execute();
    }
}
