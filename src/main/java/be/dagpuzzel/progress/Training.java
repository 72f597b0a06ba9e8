package be.dagpuzzel.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A course or training followed, with its dates and hours. */
public record Training(long id, long staffId, String title, LocalDate from, LocalDate to, BigDecimal hours,
                       String provider) {

    public Training {
        title = title == null ? "" : title.strip();
        provider = provider == null ? "" : provider.strip();
        hours = hours.stripTrailingZeros();
    }
}
