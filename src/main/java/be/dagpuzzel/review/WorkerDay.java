package be.dagpuzzel.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Someone who was here on the reviewed day, with the places they really filled. */
public record WorkerDay(long staffId, String name, List<ReviewPlace> places) {

    public WorkerDay {
        places = List.copyOf(places);
    }

    /** The task the day's feedback is about: the one task type they did, or none when they did several. */
    public Optional<Long> taskTypeId() {
        List<Long> types = places.stream().map(p -> p.slot().taskTypeId()).distinct().toList();
        return types.size() == 1 ? Optional.of(types.getFirst()) : Optional.empty();
    }

    /** The roster labels of their places, in order ("Ronde 1 ochtend, Keuken"). */
    public String taskLabels() {
        return places.stream().map(p -> p.slot().label()).filter(l -> !l.isBlank()).distinct()
                .collect(Collectors.joining(", "));
    }

    /** A "went well" line about the day, not yet stored: the default of the fast feedback. */
    public Observation defaultLine(LocalDate date) {
        return new Observation(0, date, staffId, taskTypeId(), taskLabels(), Rating.WELL, "");
    }
}
