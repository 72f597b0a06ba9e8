package be.dagpuzzel.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

/**
 * Searches the review texts of a period: every word typed must appear (case and accents do not
 * matter, so "andre" finds "André"); a person narrows to what is about them.
 */
final class ReviewFinder {

    private final ReviewRepository repository;
    private final DSLContext dsl;
    private final Map<Long, String> staffNames;
    private final Map<Long, String> participantNames;

    ReviewFinder(ReviewRepository repository, DSLContext dsl, Map<Long, String> staffNames,
                 Map<Long, String> participantNames) {
        this.repository = repository;
        this.dsl = dsl;
        this.staffNames = staffNames;
        this.participantNames = participantNames;
    }

    List<ReviewHit> find(ReviewSearch q) {
        List<String> words = Arrays.stream(plain(q.text()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<ReviewHit> hits = new ArrayList<>();
        if (q.participantId().isEmpty()) {
            for (Observation o : repository.observations(dsl, q.from(), q.to())) {
                boolean saysSomething = !o.note().isEmpty() || o.rating() == Rating.ATTENTION;
                if (saysSomething && matches(q.staffId(), o.staffId()) && contains(words, o.note() + " " + o.taskLabel())) {
                    hits.add(new ReviewHit(ReviewHit.Kind.FEEDBACK, o.date(), o.id(), o.note(),
                            List.of(staff(o.staffId()))));
                }
            }
            for (Reminder r : repository.remindersBetween(dsl, q.from(), q.to())) {
                if ((q.staffId().isEmpty() || r.forStaffId().equals(q.staffId())) && contains(words, r.text())) {
                    hits.add(new ReviewHit(ReviewHit.Kind.REMINDER, r.writtenOn(), r.id(), r.text(),
                            r.forStaffId().map(id -> List.of(staff(id))).orElse(List.of())));
                }
            }
            for (PlaceActual a : repository.actualNotesBetween(dsl, q.from(), q.to())) {
                if ((q.staffId().isEmpty() || a.actualStaffId().equals(q.staffId())) && contains(words, a.note())) {
                    hits.add(new ReviewHit(ReviewHit.Kind.PLACE_NOTE, a.date(), a.slotId(), a.note(),
                            a.actualStaffId().map(id -> List.of(staff(id))).orElse(List.of())));
                }
            }
        }
        for (Incident i : repository.incidentsBetween(dsl, q.from(), q.to())) {
            boolean person = q.staffId().map(i.staffIds()::contains).orElse(true)
                    && q.participantId().map(i.participantIds()::contains).orElse(true);
            if (person && contains(words, i.whatHappened() + " " + i.actionTaken())) {
                List<String> people = new ArrayList<>();
                i.participantIds().forEach(id -> people.add(participantNames.getOrDefault(id, "?")));
                i.staffIds().forEach(id -> people.add(staff(id)));
                hits.add(new ReviewHit(ReviewHit.Kind.INCIDENT, i.date(), i.id(), i.whatHappened(), people));
            }
        }
        hits.sort(Comparator.comparing(ReviewHit::date).reversed());
        return hits;
    }

    private String staff(long id) {
        return staffNames.getOrDefault(id, "?");
    }

    private static boolean matches(Optional<Long> wanted, long id) {
        return wanted.map(w -> w == id).orElse(true);
    }

    private static boolean contains(List<String> words, String text) {
        String plain = plain(text);
        return words.stream().allMatch(plain::contains);
    }

    static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
