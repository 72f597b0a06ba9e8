package be.dagpuzzel.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A worker's trajectory: from the start, to an end set for this person or the programme's term
 * (the longer one when extended), the target job and employer of the transition path, and the
 * hours of guidance it usually takes (140), and the hours of care practice aimed at (towards the
 * care-assistant certificate) when that is a goal.
 */
public record Trajectory(long staffId, LocalDate start, Optional<LocalDate> decidedEnd, boolean extended,
                         String targetJob, String targetEmployer, BigDecimal guidanceTargetHours,
                         Optional<BigDecimal> carePracticeTargetHours) {

    public static final BigDecimal USUAL_GUIDANCE_HOURS = new BigDecimal("140");

    public Trajectory {
        decidedEnd = decidedEnd == null ? Optional.empty() : decidedEnd;
        targetJob = targetJob == null ? "" : targetJob.strip();
        targetEmployer = targetEmployer == null ? "" : targetEmployer.strip();
        guidanceTargetHours = guidanceTargetHours == null ? USUAL_GUIDANCE_HOURS : guidanceTargetHours.stripTrailingZeros();
        carePracticeTargetHours = carePracticeTargetHours == null ? Optional.empty()
                : carePracticeTargetHours.map(BigDecimal::stripTrailingZeros);
    }

    /** The trajectory of someone for whom none was entered: from their start date, the programme's term. */
    public static Trajectory from(long staffId, LocalDate start) {
        return new Trajectory(staffId, start, Optional.empty(), false, "", "", USUAL_GUIDANCE_HOURS, Optional.empty());
    }

    /** The end: the one decided for this person, else start + the programme's (extended) term, else the contract's end. */
    public Optional<LocalDate> end(ProgrammeRule rule, Optional<LocalDate> contractEnd) {
        if (decidedEnd.isPresent()) {
            return decidedEnd;
        }
        Optional<Integer> months = extended ? rule.extendedMonths().or(rule::durationMonths) : rule.durationMonths();
        return months.map(m -> start.plusMonths(m).minusDays(1)).or(() -> contractEnd);
    }
}
