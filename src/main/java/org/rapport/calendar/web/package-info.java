/**
 * The web side of the calendar feature: the .ics download of a scheduled meeting. It owns no rules; the outreach
 * service decides whether the student may have the invitation and what it says.
 */
package org.rapport.calendar.web;
