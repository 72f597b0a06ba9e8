package be.dagpuzzel.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What the nurse enters about a staff member: the editable part of the register. */
public record StaffProfile(String firstName, String lastName, String phone, Programme programme, String employer,
                           LocalDate startDate, Optional<LocalDate> endDate, Optional<BigDecimal> hoursPerWeek,
                           Optional<Long> coachId, DutchLevel dutchLevel, String notes, String strengths) {

    public StaffProfile {
        firstName = clean(firstName);
        lastName = clean(lastName);
        phone = clean(phone);
        employer = clean(employer);
        notes = notes == null ? "" : notes.strip();
        strengths = clean(strengths);
        endDate = endDate == null ? Optional.empty() : endDate;
        hoursPerWeek = hoursPerWeek == null ? Optional.empty() : hoursPerWeek.map(BigDecimal::stripTrailingZeros);
        coachId = coachId == null ? Optional.empty() : coachId;
    }

    /** A new person starting on {@code startDate}, with the usual defaults. */
    public static StaffProfile newcomer(String firstName, String lastName, Programme programme, LocalDate startDate) {
        return new StaffProfile(firstName, lastName, "", programme, "", startDate, Optional.empty(), Optional.empty(),
                Optional.empty(), DutchLevel.FLUENT, "", "");
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    /** True when the contract covers {@code date}. */
    public boolean employedOn(LocalDate date) {
        return !date.isBefore(startDate) && endDate.map(end -> !date.isAfter(end)).orElse(true);
    }
}
