package be.dagpuzzel.settings;

import java.time.LocalDate;

/** A date the centre is closed (a public holiday, a team day). */
public record ClosingDay(LocalDate date, String description) {

    public ClosingDay {
        description = description == null ? "" : description.strip();
    }
}
