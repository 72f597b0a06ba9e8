package be.dagpuzzel.progress;

import java.util.Optional;

import be.dagpuzzel.staff.Programme;

/**
 * What a programme sets: the term of a trajectory in months (empty = an end date per person, as
 * for article 60 or a maatwerk decision), the exceptional longer term (LDE: 6 instead of 5 years),
 * and how often a functioning or evaluation meeting is due.
 */
public record ProgrammeRule(Programme programme, Optional<Integer> durationMonths, Optional<Integer> extendedMonths,
                            Optional<Integer> meetingEveryMonths) {

    public ProgrammeRule {
        durationMonths = durationMonths == null ? Optional.empty() : durationMonths;
        extendedMonths = extendedMonths == null ? Optional.empty() : extendedMonths;
        meetingEveryMonths = meetingEveryMonths == null ? Optional.empty() : meetingEveryMonths;
    }

    public static ProgrammeRule none(Programme programme) {
        return new ProgrammeRule(programme, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
