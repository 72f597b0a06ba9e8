package be.dagpuzzel.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.Rating;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;

/**
 * The older roster history of the two demo workers followed longest, over the last year and a half:
 * Fatma (from kitchen and animation towards care) and Tom (bus companion and logistics), on days made from the
 * templates, with review feedback on some of their days. It ends four weeks before {@code today}, so
 * that the weeks the planning rules and the review look back on stay the demo's own two planned weeks.
 * Stored without the planning rules, in one transaction for the rosters and one for the feedback;
 * the same for the same {@code today}.
 */
final class DemoHistory {

    /** The planning rules and "days without review" look back four weeks: the history stays before that. */
    static final int UNTOUCHED_DAYS = 28;
    /** How far back the history goes: enough for the charts, little enough to keep the demo quick to make. */
    static final int HISTORY_MONTHS = 18;

    /** One place someone filled: the day, who, the task and the start of the slot's label. */
    record Place(LocalDate day, long staffId, String taskCode, String labelStart) {
    }

    private static final Map<String, String[]> WELL = Map.of(
            TaskType.CARE, new String[] {"Hielp mevrouw rustig bij het wassen en legde elke stap uit.",
                "Gebruikte de tillift correct, samen met een collega.",
                "Merkte dat een bezoeker koorts had en meldde het meteen."},
            TaskType.KITCHEN, new String[] {"Hield de dieetlijst goed in het oog.", "Werkte proper en vlot aan het middagmaal."},
            TaskType.ANIMATION, new String[] {"Bracht de groep aan het zingen met een oud volkslied.",
                "Betrok ook de stille bezoekers bij het spel."},
            TaskType.LOGISTICS, new String[] {"Was op tijd rondgebracht en netjes gesorteerd.",
                "Maakte zelf een lijst van wat bijbesteld moet worden."},
            TaskType.BUS_COMPANION, new String[] {"Zette de rolstoel correct vast en controleerde de gordels.",
                "Hielp een nieuwe bezoeker geduldig de bus in."});
    private static final Map<String, String[]> ATTENTION = Map.of(
            TaskType.CARE, new String[] {"Vergat de handschoenen te wisselen tussen twee bezoekers.",
                "Werkte te snel; de bezoeker voelde zich opgejaagd."},
            TaskType.KITCHEN, new String[] {"Temperatuur van de soep niet gemeten."},
            TaskType.ANIMATION, new String[] {"Sprak te snel; niet iedereen kon volgen."},
            TaskType.LOGISTICS, new String[] {"Voorraadlijst niet ingevuld.",
                "Bestelling van incontinentiemateriaal niet doorgegeven."},
            TaskType.BUS_COMPANION, new String[] {"Stapte uit voor de bus helemaal stilstond."});

    private final RosterService roster;
    private final ReviewService review;
    private final Map<String, Long> taskIds = new HashMap<>();

    DemoHistory(RosterService roster, ReviewService review, TaskCatalogue catalogue) {
        this.roster = roster;
        this.review = review;
        catalogue.taskTypes().forEach(t -> t.code().ifPresent(code -> taskIds.put(code, t.id())));
    }

    /** Makes the history and gives the feedback stored on it, oldest first. */
    List<Observation> fill(LocalDate today, long fatma, LocalDate fatmaStart, long tom) {
        LocalDate end = today.minusDays(UNTOUCHED_DAYS + 1);
        LocalDate first = fatmaStart.isAfter(today.minusMonths(HISTORY_MONTHS)) ? fatmaStart : today.minusMonths(HISTORY_MONTHS);
        Random random = new Random(today.toEpochDay());
        Map<LocalDate, List<Place>> plan = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            List<Place> places = new ArrayList<>();
            if (!onLeave(day, 7, random)) {
                tomsDay(day, tom, today, random, places);
            }
            if (day.getDayOfWeek() != DayOfWeek.WEDNESDAY && !day.isBefore(fatmaStart) && !onLeave(day, 8, random)) {
                fatmasDay(day, fatma, ChronoUnit.MONTHS.between(fatmaStart, day), random, places);
            }
            if (!places.isEmpty()) {
                plan.put(day, places);
            }
        }
        List<Place> filled = new ArrayList<>();
        Map<LocalDate, Map<Place, String>> labels = new HashMap<>();
        roster.fillPastDays(plan.keySet(), (day, slots) -> {
            List<Assignment> result = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (Place p : plan.get(day)) {
                long task = taskId(p.taskCode());
                slots.stream().filter(s -> s.taskTypeId() == task && s.label().startsWith(p.labelStart())).findFirst()
                        .ifPresent(slot -> place(slot, p, taken, result, filled,
                                labels.computeIfAbsent(day, k -> new HashMap<>())));
            }
            return result;
        });
        return review.addObservations(feedback(filled, labels, fatma, first, random));
    }

    private static void place(RosterSlot slot, Place p, Set<String> taken, List<Assignment> result, List<Place> filled,
                              Map<Place, String> labels) {
        for (int position = 0; position < slot.peopleNeeded(); position++) {
            if (taken.add(slot.id() + "#" + position)) {
                result.add(new Assignment(slot.id(), position, p.staffId(), true));
                filled.add(p);
                labels.put(p, slot.label());
                return;
            }
        }
    }

    /** Now and then a day off, and the first two weeks of the summer month's second half. */
    private static boolean onLeave(LocalDate day, int summerMonth, Random random) {
        boolean summer = day.getMonthValue() == summerMonth && day.getDayOfMonth() >= 10 && day.getDayOfMonth() <= 23;
        return random.nextInt(100) < 4 || summer;
    }

    /** Tom: the morning and evening run of route 2 as companion, and logistics in between, kitchen some days. */
    private static void tomsDay(LocalDate day, long tom, LocalDate today, Random random, List<Place> places) {
        boolean transition = !day.isBefore(today.minusMonths(5));
        places.add(new Place(day, tom, TaskType.BUS_COMPANION, "Ronde 2 ochtend"));
        int pick = random.nextInt(10);
        if (transition || pick < 6) {
            places.add(new Place(day, tom, TaskType.LOGISTICS, "Logistiek"));
        } else if (pick < 8) {
            places.add(new Place(day, tom, TaskType.KITCHEN, "Keuken"));
        } else {
            places.add(new Place(day, tom, TaskType.ANIMATION, "Animatie grote groep"));
        }
        places.add(new Place(day, tom, TaskType.BUS_COMPANION, "Ronde 2 avond"));
    }

    /** Fatma: logistics and kitchen at first, then animation, and more and more care. */
    private static void fatmasDay(LocalDate day, long fatma, long month, Random random, List<Place> places) {
        int pick = random.nextInt(100);
        String task;
        if (month < 6) {
            task = pick < 50 ? TaskType.LOGISTICS : pick < 85 ? TaskType.KITCHEN : TaskType.ANIMATION;
        } else if (month < 12) {
            task = pick < 30 ? TaskType.KITCHEN : pick < 60 ? TaskType.ANIMATION : pick < 85 ? TaskType.CARE
                    : TaskType.LOGISTICS;
        } else {
            task = pick < 50 ? TaskType.CARE : pick < 80 ? TaskType.ANIMATION : pick < 93 ? TaskType.KITCHEN
                    : TaskType.LOGISTICS;
        }
        boolean tomHasLogistics = places.stream().anyMatch(p -> p.taskCode().equals(TaskType.LOGISTICS));
        if (task.equals(TaskType.LOGISTICS) && tomHasLogistics) {
            task = TaskType.KITCHEN;
        }
        String label = switch (task) {
            case TaskType.CARE -> "Verzorging";
            case TaskType.KITCHEN -> "Keuken";
            case TaskType.ANIMATION -> month >= 12 && pick % 2 == 0 ? "Animatie groep dementie" : "Animatie grote groep";
            default -> "Logistiek";
        };
        places.add(new Place(day, fatma, task, label));
    }

    /**
     * Feedback on every third of Fatma's days and every fifth of Tom's, about the day's main task
     * (for Tom the run now and then): mostly "went well", points of attention fewer as time goes on;
     * about half with a sentence.
     */
    private List<Observation> feedback(List<Place> filled, Map<LocalDate, Map<Place, String>> labels, long fatma,
                                       LocalDate first, Random random) {
        Map<String, List<Place>> byDay = new java.util.LinkedHashMap<>();
        filled.forEach(p -> byDay.computeIfAbsent(p.day() + "#" + p.staffId(), k -> new ArrayList<>()).add(p));
        List<Observation> lines = new ArrayList<>();
        Map<Long, Integer> count = new HashMap<>();
        for (List<Place> day : byDay.values()) {
            long who = day.get(0).staffId();
            boolean fatmas = who == fatma;
            int n = count.merge(who, 1, Integer::sum);
            if (n % (fatmas ? 3 : 5) != 0) {
                continue;
            }
            Place p = day.stream().filter(x -> !x.taskCode().equals(TaskType.BUS_COMPANION) || n % 4 == 0)
                    .findFirst().orElse(day.get(0));
            long months = ChronoUnit.MONTHS.between(first, p.day());
            boolean attention = random.nextInt(100) < Math.max(6, 30 - months * 2);
            String note = "";
            Rating rating = Rating.WELL;
            if (attention) {
                rating = Rating.ATTENTION;
                note = pick(ATTENTION.get(p.taskCode()), random);
            } else if (random.nextBoolean()) {
                note = pick(WELL.get(p.taskCode()), random);
            }
            lines.add(new Observation(0, p.day(), who, Optional.of(taskId(p.taskCode())), labels.get(p.day()).get(p),
                    rating, note));
        }
        return lines;
    }

    private static String pick(String[] texts, Random random) {
        return texts[random.nextInt(texts.length)];
    }

    private long taskId(String code) {
        return taskIds.get(code);
    }
}
