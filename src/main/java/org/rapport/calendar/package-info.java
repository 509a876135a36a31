/**
 * Calendar arithmetic for meetings between people in different time zones: turning a local date and time into an
 * instant (refusing times the clocks skip, choosing the earlier reading of times they repeat), the day a
 * confirmation is due in the student's zone, the English wording of a time in either party's zone, and the .ics
 * invitation with the zone's own VTIMEZONE so calendars place the meeting correctly across daylight-saving changes.
 * Plain functions without state; services of other features call them.
 */
package org.rapport.calendar;
