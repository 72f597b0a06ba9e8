package be.dagpuzzel.staff.view;

import be.dagpuzzel.staff.Programme;

/**
 * One line of the staff list: name, programme, what the chosen day looks like for them, skills.
 * {@code dayOrder} sorts present people first, then part-day, then absent, then not scheduled.
 */
public record StaffRow(long id, String name, String sortName, Programme programme, String programmeText,
                       boolean archived, String day, int dayOrder, String skills) {
}
