package be.dagpuzzel.exchange.csv;

import static be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_SLOT;
import static be.dagpuzzel.store.jooq.Tables.RUN_STOP;
import static be.dagpuzzel.store.jooq.Tables.TRANSPORT_RUN;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;

import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.StopOutcome;

/** The reads the CSV reports need over a period: filled roster places, and no-shows ticked on the runs. */
final class ReportRepository {

    /** A filled place on the roster: who, which task, how long. */
    record FilledPlace(LocalDate day, long staffId, long taskTypeId, long minutes) {
    }

    /** A participant ticked "not there" at a morning pick-up. */
    record NoShow(long participantId, LocalDate day) {
    }

    List<FilledPlace> filledPlaces(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(ROSTER_SLOT.ROSTER_DATE, ROSTER_ASSIGNMENT.STAFF_ID, ROSTER_SLOT.TASK_TYPE_ID,
                        ROSTER_SLOT.START_TIME, ROSTER_SLOT.END_TIME)
                .from(ROSTER_ASSIGNMENT).join(ROSTER_SLOT).on(ROSTER_SLOT.ID.eq(ROSTER_ASSIGNMENT.SLOT_ID))
                .where(ROSTER_SLOT.ROSTER_DATE.between(from, to))
                .orderBy(ROSTER_SLOT.ROSTER_DATE, ROSTER_ASSIGNMENT.SLOT_ID, ROSTER_ASSIGNMENT.POSITION)
                .fetch(r -> new FilledPlace(r.value1(), r.value2(), r.value3(),
                        Duration.between(r.value4(), r.value5()).toMinutes()));
    }

    List<NoShow> morningNoShows(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectDistinct(RUN_STOP.PARTICIPANT_ID, TRANSPORT_RUN.RUN_DATE)
                .from(RUN_STOP).join(TRANSPORT_RUN).on(TRANSPORT_RUN.ID.eq(RUN_STOP.RUN_ID))
                .where(TRANSPORT_RUN.RUN_DATE.between(from, to))
                .and(TRANSPORT_RUN.DIRECTION.eq(RunDirection.MORNING.name()))
                .and(RUN_STOP.OUTCOME.eq(StopOutcome.NO_SHOW.name()))
                .fetch(r -> new NoShow(r.value1(), r.value2()));
    }
}
