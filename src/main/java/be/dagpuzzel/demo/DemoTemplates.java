package be.dagpuzzel.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import be.dagpuzzel.settings.ClosingDay;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.settings.TemplateSlotDetails;

/** The demo centre's normal weekday: two bus runs morning and evening, animation, kitchen, care, logistics. */
final class DemoTemplates {

    private final TaskCatalogue catalogue;
    private final DayTemplateService templates;

    DemoTemplates(TaskCatalogue catalogue, DayTemplateService templates) {
        this.catalogue = catalogue;
        this.templates = templates;
    }

    void fill(LocalDate today) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() > 5) {
                continue;
            }
            slot(day, TaskType.DRIVER, "Ronde 1 ochtend", "07:30", "09:30", 1);
            slot(day, TaskType.BUS_COMPANION, "Ronde 1 ochtend", "07:30", "09:30", 1);
            slot(day, TaskType.DRIVER, "Ronde 2 ochtend", "07:45", "09:30", 1);
            slot(day, TaskType.BUS_COMPANION, "Ronde 2 ochtend", "07:45", "09:30", 1);
            slot(day, TaskType.ANIMATION, "Animatie grote groep", "09:30", "15:30", day == DayOfWeek.WEDNESDAY ? 1 : 2);
            slot(day, TaskType.ANIMATION, "Animatie groep dementie", "09:30", "15:30", 1);
            slot(day, TaskType.KITCHEN, "Keuken middagmaal", "09:30", "14:00", 2);
            slot(day, TaskType.CARE, day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY
                    ? "Verzorging en baden" : "Verzorging", "09:30", "12:00", 2);
            slot(day, TaskType.LOGISTICS, "Logistiek en was", "09:30", "15:00", 1);
            slot(day, TaskType.DRIVER, "Ronde 1 avond", "15:30", "17:00", 1);
            slot(day, TaskType.BUS_COMPANION, "Ronde 1 avond", "15:30", "17:00", 1);
            slot(day, TaskType.DRIVER, "Ronde 2 avond", "15:45", "17:00", 1);
            slot(day, TaskType.BUS_COMPANION, "Ronde 2 avond", "15:45", "17:00", 1);
        }
        int year = today.getYear();
        for (int y = year; y <= year + 1; y++) {
            closing(LocalDate.of(y, 1, 1), "Nieuwjaar");
            closing(LocalDate.of(y, 5, 1), "Dag van de Arbeid");
            closing(LocalDate.of(y, 7, 21), "Nationale feestdag");
            closing(LocalDate.of(y, 8, 15), "O.-L.-V.-Hemelvaart");
            closing(LocalDate.of(y, 11, 1), "Allerheiligen");
            closing(LocalDate.of(y, 11, 11), "Wapenstilstand");
            closing(LocalDate.of(y, 12, 25), "Kerstmis");
        }
    }

    private void slot(DayOfWeek day, String taskCode, String label, String start, String end, int people) {
        long taskTypeId = catalogue.taskTypeWithCode(taskCode).orElseThrow().id();
        templates.addSlot(new TemplateSlotDetails(day, taskTypeId, label, LocalTime.parse(start), LocalTime.parse(end),
                people));
    }

    private void closing(LocalDate date, String description) {
        templates.addClosingDay(new ClosingDay(date, description));
    }
}
