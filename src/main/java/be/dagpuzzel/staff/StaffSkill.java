package be.dagpuzzel.staff;

import java.time.LocalDate;
import java.util.Optional;

/** A skill or certificate someone holds, possibly until an expiry date. */
public record StaffSkill(long skillId, Optional<LocalDate> expiresOn) {

    public StaffSkill {
        expiresOn = expiresOn == null ? Optional.empty() : expiresOn;
    }

    /** Expired when the expiry date lies before {@code date}; valid on the expiry date itself. */
    public boolean isExpiredOn(LocalDate date) {
        return expiresOn.map(date::isAfter).orElse(false);
    }
}
