package org.helpdesk.domain.time;

/** The help desk's calendar as the administrator set it: working hours and closed days. */
public interface CalendarSettings {

    /** @return the calendar in force now: the working week and closed days stored, or the defaults where none are */
    HelpDeskCalendar current();
}
