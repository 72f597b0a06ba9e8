package be.dagpuzzel.progress;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * Minutes a worker did each task type according to the rosters (with the review's actuals: a place
 * someone else took, or started late or ended early), per month.
 */
public record TaskHours(Map<YearMonth, Map<Long, Integer>> minutesPerMonth) {

    public TaskHours {
        TreeMap<YearMonth, Map<Long, Integer>> copy = new TreeMap<>();
        minutesPerMonth.forEach((month, byTask) -> copy.put(month, Map.copyOf(byTask)));
        minutesPerMonth = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** Minutes per task type from {@code from} up to and including {@code to}. */
    public Map<Long, Integer> total(YearMonth from, YearMonth to) {
        Map<Long, Integer> total = new TreeMap<>();
        minutesPerMonth.forEach((month, byTask) -> {
            if (!month.isBefore(from) && !month.isAfter(to)) {
                byTask.forEach((task, minutes) -> total.merge(task, minutes, Integer::sum));
            }
        });
        return total;
    }

    /** Minutes per task type over everything recorded. */
    public Map<Long, Integer> total() {
        Map<Long, Integer> total = new TreeMap<>();
        minutesPerMonth.values().forEach(byTask -> byTask.forEach((task, minutes) -> total.merge(task, minutes, Integer::sum)));
        return total;
    }
}
