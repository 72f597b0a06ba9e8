package be.dagpuzzel.transport;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.dagpuzzel.core.Coordinates;

/**
 * Orders and times the stops of a run. Pure functions, fast enough to run on every change:
 * <ul>
 * <li>the default order picks up the farthest first in the morning and drops the nearest first
 * in the evening (a participant's usual stop order goes before that);</li>
 * <li>optimising finds the shortest path through the stops ending at the centre (morning) or
 * starting there (evening): exact up to {@value #EXACT_LIMIT} stops, nearest neighbour plus 2-opt
 * beyond;</li>
 * <li>times count back from the arrival at the centre (morning) or forward from the departure
 * (evening), with each stop's load minutes.</li>
 * </ul>
 */
public final class RunPlanner {

    public static final int EXACT_LIMIT = 12;

    private final Travel travel;

    public RunPlanner(Travel travel) {
        this.travel = travel;
    }

    public Travel travel() {
        return travel;
    }

    /**
     * The usual order: stops with a usual stop order first, in that order (reversed in the
     * evening); then, in the morning, the farthest from the centre first and each next the nearest
     * one left; in the evening, the nearest to the centre first and each next the nearest one left.
     * Stops without coordinates come last in the morning and first in the evening (near the centre
     * is the best guess for both).
     */
    public List<StopInput> defaultOrder(RunDirection direction, Optional<Coordinates> centre, List<StopInput> stops) {
        boolean morning = direction == RunDirection.MORNING;
        List<StopInput> fixed = new ArrayList<>(stops.stream().filter(s -> s.usualOrder().isPresent())
                .sorted(Comparator.comparing((StopInput s) -> s.usualOrder().orElseThrow())
                        .thenComparing(StopInput::name).thenComparingLong(StopInput::participantId))
                .toList());
        List<StopInput> left = new ArrayList<>(stops.stream()
                .filter(s -> s.usualOrder().isEmpty() && s.at().isPresent()).toList());
        List<StopInput> unknown = stops.stream().filter(s -> s.usualOrder().isEmpty() && s.at().isEmpty())
                .sorted(Comparator.comparing(StopInput::name).thenComparingLong(StopInput::participantId)).toList();
        List<StopInput> chain = new ArrayList<>();
        Optional<Coordinates> at = Optional.empty();
        while (!left.isEmpty()) {
            StopInput next;
            if (at.isEmpty()) {
                Comparator<StopInput> byDistance = Comparator.comparingDouble((StopInput s) -> distance(centre, s))
                        .thenComparing(StopInput::name);
                next = morning ? left.stream().max(byDistance).orElseThrow() : left.stream().min(byDistance).orElseThrow();
            } else {
                Coordinates from = at.get();
                next = left.stream().min(Comparator.comparingDouble((StopInput s) -> Travel.kilometres(from,
                        s.at().orElseThrow())).thenComparing(StopInput::name)).orElseThrow();
            }
            left.remove(next);
            chain.add(next);
            at = next.at();
        }
        List<StopInput> ordered = new ArrayList<>();
        if (morning) {
            ordered.addAll(fixed);
            ordered.addAll(chain);
            ordered.addAll(unknown);
        } else {
            java.util.Collections.reverse(fixed);
            ordered.addAll(unknown);
            ordered.addAll(chain);
            ordered.addAll(fixed);
        }
        return ordered;
    }

    private static double distance(Optional<Coordinates> centre, StopInput s) {
        if (centre.isEmpty() || s.at().isEmpty()) {
            return 0;
        }
        return Travel.kilometres(centre.get(), s.at().get());
    }

    /**
     * The shortest order. Stops without coordinates cannot be placed and keep their place at the
     * end of the run (morning: just before the centre; evening: last).
     */
    public List<StopInput> optimise(RunDirection direction, Optional<Coordinates> centre, List<StopInput> stops) {
        List<StopInput> known = stops.stream().filter(s -> s.at().isPresent()).toList();
        List<StopInput> unknown = stops.stream().filter(s -> s.at().isEmpty()).toList();
        List<StopInput> fromCentre;
        if (known.size() <= 1 || centre.isEmpty()) {
            fromCentre = defaultOrder(RunDirection.EVENING, centre, known);
        } else if (known.size() <= EXACT_LIMIT) {
            fromCentre = exact(centre.get(), known);
        } else {
            fromCentre = twoOpt(centre.get(), nearestNeighbour(centre.get(), known));
        }
        List<StopInput> result = new ArrayList<>(fromCentre);
        if (direction == RunDirection.MORNING) {
            java.util.Collections.reverse(result);
        }
        result.addAll(unknown);
        return result;
    }

    /** Where to put a new stop in a run the nurse ordered by hand: where it adds the least travel. */
    public int bestInsertion(RunDirection direction, Optional<Coordinates> centre, List<StopInput> stops,
                             StopInput added) {
        int best = stops.size();
        double bestCost = Double.MAX_VALUE;
        for (int i = 0; i <= stops.size(); i++) {
            List<StopInput> tried = new ArrayList<>(stops);
            tried.add(i, added);
            double cost = pathMinutes(direction, centre, tried);
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = i;
            }
        }
        return best;
    }

    /** Minutes of driving for the run in this order, the empty leg to the first stop (morning) not counted. */
    public double pathMinutes(RunDirection direction, Optional<Coordinates> centre, List<StopInput> stops) {
        double total = 0;
        for (int i = 0; i + 1 < stops.size(); i++) {
            total += travel.minutes(stops.get(i).at(), stops.get(i + 1).at());
        }
        if (!stops.isEmpty()) {
            total += direction == RunDirection.MORNING ? travel.minutes(stops.getLast().at(), centre)
                    : travel.minutes(centre, stops.getFirst().at());
        }
        return total;
    }

    /** Planned times for the stops in the given order. */
    public TimedRun time(RunDirection direction, LocalTime anchor, Optional<Coordinates> centre, List<StopInput> stops) {
        int n = stops.size();
        double[] arrive = new double[n];
        boolean[] estimated = new boolean[n];
        int anchorMinutes = anchor.toSecondOfDay() / 60;
        if (direction == RunDirection.MORNING) {
            double t = anchorMinutes;
            Optional<Coordinates> next = centre;
            for (int i = n - 1; i >= 0; i--) {
                StopInput s = stops.get(i);
                t -= travel.minutes(s.at(), next);
                estimated[i] = s.at().isEmpty() || next.isEmpty();
                t -= s.loadMinutes();
                arrive[i] = t;
                next = s.at();
            }
            double leave = n == 0 ? anchorMinutes : arrive[0] - travel.minutes(centre, stops.getFirst().at());
            List<TimedStop> timed = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                timed.add(new TimedStop(stops.get(i).participantId(), clock(arrive[i]),
                        (int) Math.round(anchorMinutes - arrive[i]), estimated[i] || (i > 0 && estimated[i - 1])));
            }
            return new TimedRun(clock(leave), timed, anchor);
        }
        double t = anchorMinutes;
        Optional<Coordinates> previous = centre;
        List<TimedStop> timed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StopInput s = stops.get(i);
            t += travel.minutes(previous, s.at());
            boolean guess = s.at().isEmpty() || previous.isEmpty();
            timed.add(new TimedStop(s.participantId(), clock(t), (int) Math.round(t + s.loadMinutes() - anchorMinutes),
                    guess || (i > 0 && timed.get(i - 1).estimated())));
            t += s.loadMinutes();
            previous = s.at();
        }
        double back = n == 0 ? anchorMinutes : t + travel.minutes(previous, centre);
        return new TimedRun(anchor, timed, clock(back));
    }

    private static LocalTime clock(double minutes) {
        long rounded = Math.round(minutes);
        long day = 24 * 60;
        return LocalTime.ofSecondOfDay(((rounded % day) + day) % day * 60);
    }

    /** Held-Karp: the shortest open path that starts at the centre and visits every stop. */
    private List<StopInput> exact(Coordinates centre, List<StopInput> stops) {
        int n = stops.size();
        double[][] d = matrix(centre, stops);
        int full = 1 << n;
        double[][] cost = new double[full][n];
        int[][] previous = new int[full][n];
        for (double[] row : cost) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        for (int i = 0; i < n; i++) {
            cost[1 << i][i] = d[n][i];
            previous[1 << i][i] = -1;
        }
        for (int mask = 1; mask < full; mask++) {
            for (int last = 0; last < n; last++) {
                double c = cost[mask][last];
                if (c == Double.MAX_VALUE || (mask & (1 << last)) == 0) {
                    continue;
                }
                for (int next = 0; next < n; next++) {
                    if ((mask & (1 << next)) != 0) {
                        continue;
                    }
                    int m = mask | (1 << next);
                    double candidate = c + d[last][next];
                    if (candidate < cost[m][next] - 1e-12) {
                        cost[m][next] = candidate;
                        previous[m][next] = last;
                    }
                }
            }
        }
        int mask = full - 1;
        int last = 0;
        for (int i = 1; i < n; i++) {
            if (cost[mask][i] < cost[mask][last] - 1e-12) {
                last = i;
            }
        }
        StopInput[] path = new StopInput[n];
        for (int k = n - 1; k >= 0; k--) {
            path[k] = stops.get(last);
            int before = previous[mask][last];
            mask &= ~(1 << last);
            last = before;
        }
        return List.of(path);
    }

    private List<StopInput> nearestNeighbour(Coordinates centre, List<StopInput> stops) {
        List<StopInput> left = new ArrayList<>(stops);
        List<StopInput> path = new ArrayList<>();
        Coordinates at = centre;
        while (!left.isEmpty()) {
            Coordinates from = at;
            StopInput nearest = left.stream()
                    .min(Comparator.comparingDouble((StopInput s) -> Travel.kilometres(from, s.at().orElseThrow()))
                            .thenComparingLong(StopInput::participantId))
                    .orElseThrow();
            left.remove(nearest);
            path.add(nearest);
            at = nearest.at().orElseThrow();
        }
        return path;
    }

    /** Reverses segments of the open path from the centre while that makes it shorter. */
    private List<StopInput> twoOpt(Coordinates centre, List<StopInput> start) {
        List<StopInput> path = new ArrayList<>(start);
        int n = path.size();
        double[][] d = matrix(centre, path);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < n - 1; i++) {
                for (int j = i + 1; j < n; j++) {
                    int before = i == 0 ? n : order[i - 1];
                    int a = order[i];
                    int b = order[j];
                    double removed = d[before][a] + (j + 1 < n ? d[b][order[j + 1]] : 0);
                    double added = d[before][b] + (j + 1 < n ? d[a][order[j + 1]] : 0);
                    if (added < removed - 1e-9) {
                        for (int x = i, y = j; x < y; x++, y--) {
                            int t = order[x];
                            order[x] = order[y];
                            order[y] = t;
                        }
                        improved = true;
                    }
                }
            }
        }
        List<StopInput> result = new ArrayList<>();
        for (int i : order) {
            result.add(path.get(i));
        }
        return result;
    }

    /** Travel minutes between the stops; index n is the centre. */
    private double[][] matrix(Coordinates centre, List<StopInput> stops) {
        int n = stops.size();
        double[][] d = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                Optional<Coordinates> a = i == n ? Optional.of(centre) : stops.get(i).at();
                Optional<Coordinates> b = j == n ? Optional.of(centre) : stops.get(j).at();
                d[i][j] = i == j ? 0 : travel.minutes(a, b);
            }
        }
        return d;
    }
}
