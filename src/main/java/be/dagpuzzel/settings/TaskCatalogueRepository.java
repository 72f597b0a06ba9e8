package be.dagpuzzel.settings;

import static be.dagpuzzel.store.jooq.Tables.SKILL;
import static be.dagpuzzel.store.jooq.Tables.TASK_TYPE;
import static be.dagpuzzel.store.jooq.Tables.TASK_TYPE_SKILL;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import be.dagpuzzel.store.jooq.tables.records.SkillRecord;
import be.dagpuzzel.store.jooq.tables.records.TaskTypeRecord;

/** Skills and task types, with the skills each task type requires. */
public final class TaskCatalogueRepository {

    public List<Skill> skills(DSLContext dsl) {
        return dsl.selectFrom(SKILL).orderBy(SKILL.SORT_ORDER, SKILL.ID).fetch(TaskCatalogueRepository::toSkill);
    }

    public Skill insertSkill(DSLContext dsl, String name) {
        int next = dsl.select(DSL.coalesce(DSL.max(SKILL.SORT_ORDER), 0)).from(SKILL).fetchOne().value1() + 1;
        SkillRecord record = dsl.newRecord(SKILL);
        record.setName(name);
        record.setSortOrder(next);
        record.store();
        return toSkill(record);
    }

    public void updateSkill(DSLContext dsl, long id, Optional<String> name, boolean active) {
        dsl.update(SKILL).set(SKILL.NAME, name.orElse(null)).set(SKILL.ACTIVE, active).where(SKILL.ID.eq(id)).execute();
    }

    public List<TaskType> taskTypes(DSLContext dsl) {
        Map<Long, Set<Long>> required = dsl.selectFrom(TASK_TYPE_SKILL).fetchGroups(TASK_TYPE_SKILL.TASK_TYPE_ID)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(r -> r.getSkillId()).collect(Collectors.toSet())));
        return dsl.selectFrom(TASK_TYPE).orderBy(TASK_TYPE.SORT_ORDER, TASK_TYPE.ID)
                .fetch(r -> toTaskType(r, required.getOrDefault(r.getId(), Set.of())));
    }

    public long insertTaskType(DSLContext dsl, TaskTypeDetails details) {
        int next = dsl.select(DSL.coalesce(DSL.max(TASK_TYPE.SORT_ORDER), 0)).from(TASK_TYPE).fetchOne().value1() + 1;
        TaskTypeRecord record = dsl.newRecord(TASK_TYPE);
        record.setSortOrder(next);
        fill(record, details);
        record.store();
        writeRequiredSkills(dsl, record.getId(), details.requiredSkillIds());
        return record.getId();
    }

    public void updateTaskType(DSLContext dsl, long id, TaskTypeDetails details) {
        TaskTypeRecord record = dsl.fetchSingle(TASK_TYPE, TASK_TYPE.ID.eq(id));
        fill(record, details);
        record.store();
        writeRequiredSkills(dsl, id, details.requiredSkillIds());
    }

    private static void fill(TaskTypeRecord record, TaskTypeDetails details) {
        record.setName(details.customName().orElse(null));
        record.setColour(details.colour());
        record.setCountsAsCarePractice(details.countsAsCarePractice());
        record.setActive(details.active());
    }

    private static void writeRequiredSkills(DSLContext dsl, long taskTypeId, Set<Long> skillIds) {
        dsl.deleteFrom(TASK_TYPE_SKILL).where(TASK_TYPE_SKILL.TASK_TYPE_ID.eq(taskTypeId)).execute();
        for (Long skillId : skillIds) {
            dsl.insertInto(TASK_TYPE_SKILL).set(TASK_TYPE_SKILL.TASK_TYPE_ID, taskTypeId)
                    .set(TASK_TYPE_SKILL.SKILL_ID, skillId).execute();
        }
    }

    private static Skill toSkill(SkillRecord r) {
        return new Skill(r.getId(), Optional.ofNullable(r.getCode()), Optional.ofNullable(r.getName()), r.getActive());
    }

    private static TaskType toTaskType(TaskTypeRecord r, Set<Long> required) {
        return new TaskType(r.getId(), Optional.ofNullable(r.getCode()), Optional.ofNullable(r.getName()), r.getColour(),
                r.getCountsAsCarePractice(), r.getActive(), new HashSet<>(required), r.getHeavy());
    }
}
