package be.dagpuzzel.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import be.dagpuzzel.core.WorkingDays;
import be.dagpuzzel.review.DayReview;
import be.dagpuzzel.review.Incident;
import be.dagpuzzel.review.IncidentKind;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.PlaceActual;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.review.ReviewPlace;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.review.WorkerDay;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.transport.RunState;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.StopOutcome;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.TransportService;

/**
 * The demo centre's reviews of its last two weeks: feedback for everyone who was here (mostly
 * "went well", a few points of attention), a late start and a stand-in, three incidents, the
 * sheets of the last runs written back, reminders (two open for this morning), and two days left
 * without a finished review. Always the same for the same date; all invented.
 */
final class DemoReviews {

    private static final Map<String, String> ATTENTION = Map.of(
            TaskType.DRIVER, "Vertrok te laat aan de eerste halte; de route vooraf samen overlopen.",
            TaskType.BUS_COMPANION, "Rolstoel niet met alle vier de gordels vastgezet; samen herbekeken.",
            TaskType.KITCHEN, "Dieetlijst niet nagekeken bij het dessert.",
            TaskType.CARE, "Tillift alleen gebruikt; altijd met twee.",
            TaskType.ANIMATION, "Groep werd te groot, een paar bezoekers haakten af.",
            TaskType.LOGISTICS, "Was niet op tijd rondgebracht.");
    private static final String ATTENTION_DAY = "Had het moeilijk vandaag; morgen even bespreken.";
    private static final String[] WELL = {"Rustig en vriendelijk met de bezoekers.", "Nam zelf initiatief bij het opruimen.",
        "Goed samengewerkt met de collega’s.", "Sprak de bezoekers in het Nederlands aan, goed zo."};

    private final ReviewService review;
    private final StaffService staff;
    private final TransportService transport;
    private final DayTemplateService templates;

    DemoReviews(ReviewService review, StaffService staff, TransportService transport, DayTemplateService templates) {
        this.review = review;
        this.staff = staff;
        this.transport = transport;
        this.templates = templates;
    }

    void fill(LocalDate today) {
        WorkingDays workingDays = templates.workingDays();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today.minusWeeks(2); d.isBefore(today); d = d.plusDays(1)) {
            if (workingDays.isWorkingDay(d)) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            return;
        }
        Random random = new Random(20261126L);
        Set<Long> hereToday = staff.day(today).stream().filter(StaffDay::isExpected).map(d -> d.member().id())
                .collect(Collectors.toSet());
        int n = days.size();
        for (int i = 0; i < n; i++) {
            LocalDate day = days.get(i);
            boolean last = i == n - 1;
            if (i >= n - 3) {
                writeSheets(day, random);
            }
            DayReview r = review.day(day);
            actuals(r, i);
            boolean unfinished = i == n - 4 || i == n - 7;
            feedback(r, random, last ? hereToday : Set.of(), unfinished);
            if (!unfinished) {
                review.markReviewed(day);
            }
        }
        incidents(days);
        reminders(days, today, hereToday);
    }

    /** The drivers' sheets: kilometres, departure a few minutes either way, everyone picked up but one. */
    private void writeSheets(LocalDate day, Random random) {
        TransportDay t = transport.day(day);
        int km = 48_000 + random.nextInt(2_000);
        boolean noShowDone = false;
        for (RunState run : t.runs()) {
            if (run.stops().isEmpty()) {
                continue;
            }
            LocalTime leave = run.route().anchor(run.run().direction()).minusMinutes(
                    run.run().direction() == be.dagpuzzel.transport.RunDirection.MORNING ? 70 : 0)
                    .plusMinutes(random.nextInt(15) - 3);
            Map<Long, TransportService.StopActual> stops = new HashMap<>();
            for (Stop s : run.stops()) {
                boolean away = !noShowDone && run.run().direction() == be.dagpuzzel.transport.RunDirection.MORNING
                        && s.position() == 2;
                noShowDone |= away;
                stops.put(s.participantId(), new TransportService.StopActual(
                        Optional.of(away ? StopOutcome.NO_SHOW : StopOutcome.DONE), Optional.empty()));
            }
            int driven = 18 + random.nextInt(25);
            transport.recordAfterRun(run.run().id(), km, km + driven, leave, leave.plusMinutes(60 + random.nextInt(20)),
                    stops);
            km += driven + 2;
        }
    }

    /** Now and then a place started late or someone stood in. */
    private void actuals(DayReview r, int index) {
        if (index % 3 == 1) {
            r.places().stream().filter(p -> p.plannedStaffId().isPresent() && p.slot().label().startsWith("Keuken"))
                    .findFirst().ifPresent(p -> review.saveActual(new PlaceActual(r.date(), p.slot().id(), p.position(),
                            Optional.empty(), Optional.of(p.slot().hours().start().plusMinutes(20)), Optional.empty(),
                            "Trein had vertraging.")));
        }
        if (index % 4 == 2) {
            List<ReviewPlace> animation = r.places().stream()
                    .filter(p -> p.plannedStaffId().isPresent() && p.slot().label().startsWith("Animatie")).toList();
            if (animation.size() >= 2) {
                ReviewPlace a = animation.get(0);
                ReviewPlace b = animation.get(1);
                review.saveActual(new PlaceActual(r.date(), a.slot().id(), a.position(), b.plannedStaffId(),
                        Optional.empty(), Optional.empty(), "Gewisseld: de groep dementie had een vertrouwd gezicht nodig."));
                review.saveActual(new PlaceActual(r.date(), b.slot().id(), b.position(), a.plannedStaffId(),
                        Optional.empty(), Optional.empty(), ""));
            }
        }
    }

    /** One line per person; on an unfinished day only the first few are done. */
    private void feedback(DayReview r, Random random, Set<Long> hereToday, boolean unfinished) {
        List<WorkerDay> workers = r.workers();
        int attention = 0;
        for (int w = 0; w < workers.size(); w++) {
            if (unfinished && w >= workers.size() / 2) {
                return;
            }
            WorkerDay worker = workers.get(w);
            Observation line = worker.defaultLine(r.date());
            boolean forToday = !hereToday.isEmpty() && hereToday.contains(worker.staffId()) && attention < 2
                    && !worker.places().isEmpty();
            if (forToday || (hereToday.isEmpty() && random.nextInt(9) == 0)) {
                attention++;
                String code = worker.taskTypeId().flatMap(r::taskType).flatMap(TaskType::code).orElse("");
                line = line.with(Rating.ATTENTION, ATTENTION.getOrDefault(code, ATTENTION_DAY));
            } else if (random.nextInt(6) == 0) {
                line = line.with(Rating.WELL, WELL[random.nextInt(WELL.length)]);
            }
            review.saveObservation(line);
        }
    }

    private void incidents(List<LocalDate> days) {
        int n = days.size();
        incident(days.get(Math.max(0, n - 7)), LocalTime.of(14, 20), IncidentKind.FALL,
                "Viel bij het opstaan uit de zetel in de leefruimte; geen zichtbare letsels.",
                "Nagekeken door de verpleegkundige, familie verwittigd, valregistratie ingevuld.", true, false);
        incident(days.get(Math.max(0, n - 4)), LocalTime.of(13, 10), IncidentKind.LOST_ITEM,
                "Bril kwijt na het middagmaal.", "Gezocht in de leefruimte en de bus; lag in de keuken.", false, false);
        incident(days.get(n - 2), LocalTime.of(7, 50), IncidentKind.VEHICLE,
                "Bus 2: oprijplaat klemde bij de tweede halte.", "Met de hand losgemaakt; rit verder gereden.", true,
                false);
    }

    private void incident(LocalDate day, LocalTime time, IncidentKind kind, String what, String done, boolean followUp,
                          boolean followUpDone) {
        DayReview r = review.day(day);
        List<Long> participants = r.participantsHere().isEmpty() || kind == IncidentKind.VEHICLE ? List.of()
                : List.of(r.participantsHere().get(day.getDayOfMonth() % r.participantsHere().size()));
        List<Long> workers = r.workers().isEmpty() ? List.of()
                : List.of(r.workers().get(day.getDayOfMonth() % r.workers().size()).staffId());
        review.saveIncident(new Incident(0, day, Optional.of(time), kind, what, done, followUp, followUpDone,
                participants, workers));
    }

    private void reminders(List<LocalDate> days, LocalDate today, Set<Long> hereToday) {
        int n = days.size();
        LocalDate yesterday = days.get(n - 1);
        var old = review.addReminder(days.get(Math.max(0, n - 6)), "Code van de sleutelkluis bij de nieuwe bezoeker nakijken.",
                Optional.empty(), days.get(Math.max(0, n - 5)));
        review.setReminderDone(old.id(), true);
        review.addReminder(yesterday, "Familie bellen over de bril die kwijt was: gevonden, ligt aan het onthaal.",
                Optional.empty(), today);
        staff.all().stream().filter(m -> hereToday.contains(m.id()) && m.profile().firstName().equals("Hassan"))
                .findFirst().or(() -> staff.all().stream().filter(m -> hereToday.contains(m.id())).findFirst())
                .ifPresent(m -> review.addReminder(yesterday, "Voor vertrek samen ronde 2 overlopen.",
                        Optional.of(m.id()), today));
        review.addReminder(days.get(Math.max(0, n - 3)), "Evaluatiegesprek met Hassan inplannen.", Optional.empty(),
                today.plusWeeks(1));
    }
}
