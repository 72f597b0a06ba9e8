package be.dagpuzzel.staff;

import static be.dagpuzzel.store.jooq.Tables.ABSENCE;
import static be.dagpuzzel.store.jooq.Tables.AVAILABILITY_DAY;
import static be.dagpuzzel.store.jooq.Tables.AVAILABILITY_PATTERN;
import static be.dagpuzzel.store.jooq.Tables.STAFF_MEMBER;
import static be.dagpuzzel.store.jooq.Tables.STAFF_SKILL;
import static be.dagpuzzel.store.jooq.Tables.TASK_PREFERENCE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.store.jooq.tables.records.AbsenceRecord;
import be.dagpuzzel.store.jooq.tables.records.StaffMemberRecord;

/** The staff register's tables: people, their weekly patterns, absences, skills and preferences. */
public final class StaffRepository {

    public List<StaffMember> all(DSLContext dsl) {
        return dsl.selectFrom(STAFF_MEMBER).orderBy(STAFF_MEMBER.LAST_NAME, STAFF_MEMBER.FIRST_NAME, STAFF_MEMBER.ID)
                .fetch(StaffRepository::toMember);
    }

    public Optional<StaffMember> find(DSLContext dsl, long id) {
        return dsl.selectFrom(STAFF_MEMBER).where(STAFF_MEMBER.ID.eq(id)).fetchOptional(StaffRepository::toMember);
    }

    public long insert(DSLContext dsl, StaffProfile profile) {
        StaffMemberRecord r = dsl.newRecord(STAFF_MEMBER);
        fill(r, profile);
        r.store();
        return r.getId();
    }

    public void update(DSLContext dsl, long id, StaffProfile profile) {
        StaffMemberRecord r = dsl.fetchSingle(STAFF_MEMBER, STAFF_MEMBER.ID.eq(id));
        fill(r, profile);
        r.setUpdatedAt(LocalDateTime.now());
        r.store();
    }

    public void setArchived(DSLContext dsl, long id, boolean archived) {
        dsl.update(STAFF_MEMBER).set(STAFF_MEMBER.ARCHIVED, archived).set(STAFF_MEMBER.UPDATED_AT, LocalDateTime.now())
                .where(STAFF_MEMBER.ID.eq(id)).execute();
    }

    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(STAFF_MEMBER).where(STAFF_MEMBER.ID.eq(id)).execute();
    }

    private static void fill(StaffMemberRecord r, StaffProfile p) {
        r.setFirstName(p.firstName());
        r.setLastName(p.lastName());
        r.setPhone(p.phone());
        r.setProgramme(p.programme().name());
        r.setEmployer(p.employer());
        r.setStartDate(p.startDate());
        r.setEndDate(p.endDate().orElse(null));
        r.setHoursPerWeek(p.hoursPerWeek().orElse(null));
        r.setCoachId(p.coachId().orElse(null));
        r.setDutchLevel(p.dutchLevel().name());
        r.setNotes(p.notes());
        r.setStrengths(p.strengths());
    }

    private static StaffMember toMember(StaffMemberRecord r) {
        StaffProfile profile = new StaffProfile(r.getFirstName(), r.getLastName(), r.getPhone(),
                Programme.valueOf(r.getProgramme()), r.getEmployer(), r.getStartDate(), Optional.ofNullable(r.getEndDate()),
                Optional.ofNullable(r.getHoursPerWeek()), Optional.ofNullable(r.getCoachId()),
                DutchLevel.valueOf(r.getDutchLevel()), r.getNotes(), r.getStrengths());
        return new StaffMember(r.getId(), profile, r.getArchived());
    }

    // --- weekly availability -------------------------------------------------------------

    /** Every person's patterns, oldest first. */
    public Map<Long, List<WeeklyAvailability>> patterns(DSLContext dsl) {
        return readPatterns(dsl, null);
    }

    public List<WeeklyAvailability> patterns(DSLContext dsl, long staffId) {
        return readPatterns(dsl, staffId).getOrDefault(staffId, List.of());
    }

    private Map<Long, List<WeeklyAvailability>> readPatterns(DSLContext dsl, Long staffId) {
        var query = dsl.select(AVAILABILITY_PATTERN.ID, AVAILABILITY_PATTERN.STAFF_ID, AVAILABILITY_PATTERN.VALID_FROM,
                        AVAILABILITY_DAY.WEEKDAY, AVAILABILITY_DAY.START_TIME, AVAILABILITY_DAY.END_TIME)
                .from(AVAILABILITY_PATTERN)
                .leftJoin(AVAILABILITY_DAY).on(AVAILABILITY_DAY.PATTERN_ID.eq(AVAILABILITY_PATTERN.ID))
                .where(staffId == null ? org.jooq.impl.DSL.noCondition() : AVAILABILITY_PATTERN.STAFF_ID.eq(staffId))
                .orderBy(AVAILABILITY_PATTERN.STAFF_ID, AVAILABILITY_PATTERN.VALID_FROM);
        Map<Long, Long> owner = new LinkedHashMap<>();
        Map<Long, LocalDate> from = new HashMap<>();
        Map<Long, Map<DayOfWeek, TimeRange>> days = new LinkedHashMap<>();
        for (Record r : query.fetch()) {
            long patternId = r.get(AVAILABILITY_PATTERN.ID);
            owner.put(patternId, r.get(AVAILABILITY_PATTERN.STAFF_ID));
            from.put(patternId, r.get(AVAILABILITY_PATTERN.VALID_FROM));
            Map<DayOfWeek, TimeRange> map = days.computeIfAbsent(patternId, k -> new EnumMap<>(DayOfWeek.class));
            if (r.get(AVAILABILITY_DAY.WEEKDAY) != null) {
                map.put(DayOfWeek.of(r.get(AVAILABILITY_DAY.WEEKDAY)),
                        new TimeRange(r.get(AVAILABILITY_DAY.START_TIME), r.get(AVAILABILITY_DAY.END_TIME)));
            }
        }
        Map<Long, List<WeeklyAvailability>> result = new HashMap<>();
        owner.forEach((patternId, staff) -> result.computeIfAbsent(staff, k -> new ArrayList<>())
                .add(new WeeklyAvailability(from.get(patternId), days.get(patternId))));
        return result;
    }

    /** Stores the pattern, replacing one of the same person with the same start date. */
    public void savePattern(DSLContext dsl, long staffId, WeeklyAvailability pattern) {
        deletePattern(dsl, staffId, pattern.validFrom());
        long patternId = dsl.insertInto(AVAILABILITY_PATTERN)
                .set(AVAILABILITY_PATTERN.STAFF_ID, staffId)
                .set(AVAILABILITY_PATTERN.VALID_FROM, pattern.validFrom())
                .returningResult(AVAILABILITY_PATTERN.ID).fetchOne().value1();
        pattern.days().forEach((day, hours) -> dsl.insertInto(AVAILABILITY_DAY)
                .set(AVAILABILITY_DAY.PATTERN_ID, patternId)
                .set(AVAILABILITY_DAY.WEEKDAY, (short) day.getValue())
                .set(AVAILABILITY_DAY.START_TIME, hours.start())
                .set(AVAILABILITY_DAY.END_TIME, hours.end()).execute());
    }

    public void deletePattern(DSLContext dsl, long staffId, LocalDate validFrom) {
        dsl.deleteFrom(AVAILABILITY_PATTERN).where(AVAILABILITY_PATTERN.STAFF_ID.eq(staffId))
                .and(AVAILABILITY_PATTERN.VALID_FROM.eq(validFrom)).execute();
    }

    // --- absences -----------------------------------------------------------------------

    public List<Absence> absences(DSLContext dsl, long staffId) {
        return dsl.selectFrom(ABSENCE).where(ABSENCE.STAFF_ID.eq(staffId)).orderBy(ABSENCE.FROM_DATE.desc())
                .fetch(StaffRepository::toAbsence);
    }

    /** Absences that touch the period from..to, everyone. */
    public List<Absence> absencesBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ABSENCE).where(ABSENCE.FROM_DATE.le(to)).and(ABSENCE.TO_DATE.ge(from))
                .orderBy(ABSENCE.FROM_DATE).fetch(StaffRepository::toAbsence);
    }

    public Absence insertAbsence(DSLContext dsl, AbsenceDraft draft) {
        AbsenceRecord r = dsl.newRecord(ABSENCE);
        r.setStaffId(draft.staffId());
        r.setKind(draft.kind().name());
        r.setFromDate(draft.from());
        r.setToDate(draft.to());
        r.setFromTime(draft.partOfDay().map(TimeRange::start).orElse(null));
        r.setToTime(draft.partOfDay().map(TimeRange::end).orElse(null));
        r.setNote(draft.note());
        r.store();
        return toAbsence(r);
    }

    public Optional<Absence> findAbsence(DSLContext dsl, long id) {
        return dsl.selectFrom(ABSENCE).where(ABSENCE.ID.eq(id)).fetchOptional(StaffRepository::toAbsence);
    }

    public void deleteAbsence(DSLContext dsl, long id) {
        dsl.deleteFrom(ABSENCE).where(ABSENCE.ID.eq(id)).execute();
    }

    public boolean hasAbsences(DSLContext dsl, long staffId) {
        return dsl.fetchExists(ABSENCE, ABSENCE.STAFF_ID.eq(staffId));
    }

    private static Absence toAbsence(AbsenceRecord r) {
        Optional<TimeRange> part = r.getFromTime() == null || r.getToTime() == null
                ? Optional.empty() : Optional.of(new TimeRange(r.getFromTime(), r.getToTime()));
        return new Absence(r.getId(), r.getStaffId(), AbsenceKind.valueOf(r.getKind()), r.getFromDate(), r.getToDate(),
                part, r.getNote());
    }

    // --- skills and preferences -----------------------------------------------------------

    public Map<Long, List<StaffSkill>> skills(DSLContext dsl) {
        Map<Long, List<StaffSkill>> result = new HashMap<>();
        dsl.selectFrom(STAFF_SKILL).orderBy(STAFF_SKILL.SKILL_ID).forEach(r -> result
                .computeIfAbsent(r.getStaffId(), k -> new ArrayList<>())
                .add(new StaffSkill(r.getSkillId(), Optional.ofNullable(r.getExpiresOn()))));
        return result;
    }

    public List<StaffSkill> skills(DSLContext dsl, long staffId) {
        return dsl.selectFrom(STAFF_SKILL).where(STAFF_SKILL.STAFF_ID.eq(staffId)).orderBy(STAFF_SKILL.SKILL_ID)
                .fetch(r -> new StaffSkill(r.getSkillId(), Optional.ofNullable(r.getExpiresOn())));
    }

    public void setSkill(DSLContext dsl, long staffId, StaffSkill skill) {
        removeSkill(dsl, staffId, skill.skillId());
        dsl.insertInto(STAFF_SKILL).set(STAFF_SKILL.STAFF_ID, staffId).set(STAFF_SKILL.SKILL_ID, skill.skillId())
                .set(STAFF_SKILL.EXPIRES_ON, skill.expiresOn().orElse(null)).execute();
    }

    public void removeSkill(DSLContext dsl, long staffId, long skillId) {
        dsl.deleteFrom(STAFF_SKILL).where(STAFF_SKILL.STAFF_ID.eq(staffId)).and(STAFF_SKILL.SKILL_ID.eq(skillId)).execute();
    }

    public Map<Long, Map<Long, Preference>> preferences(DSLContext dsl) {
        Map<Long, Map<Long, Preference>> result = new HashMap<>();
        dsl.selectFrom(TASK_PREFERENCE).forEach(r -> result.computeIfAbsent(r.getStaffId(), k -> new HashMap<>())
                .put(r.getTaskTypeId(), Preference.valueOf(r.getPreference())));
        return result;
    }

    public Map<Long, Preference> preferences(DSLContext dsl, long staffId) {
        Map<Long, Preference> result = new HashMap<>();
        dsl.selectFrom(TASK_PREFERENCE).where(TASK_PREFERENCE.STAFF_ID.eq(staffId))
                .forEach(r -> result.put(r.getTaskTypeId(), Preference.valueOf(r.getPreference())));
        return result;
    }

    /** NEUTRAL is stored as no row. */
    public void setPreference(DSLContext dsl, long staffId, long taskTypeId, Preference preference) {
        dsl.deleteFrom(TASK_PREFERENCE).where(TASK_PREFERENCE.STAFF_ID.eq(staffId))
                .and(TASK_PREFERENCE.TASK_TYPE_ID.eq(taskTypeId)).execute();
        if (preference != Preference.NEUTRAL) {
            dsl.insertInto(TASK_PREFERENCE).set(TASK_PREFERENCE.STAFF_ID, staffId)
                    .set(TASK_PREFERENCE.TASK_TYPE_ID, taskTypeId)
                    .set(TASK_PREFERENCE.PREFERENCE, preference.name()).execute();
        }
    }
}
