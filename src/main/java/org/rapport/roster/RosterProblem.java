package org.rapport.roster;

import java.io.Serializable;

/**
 * Why a line of a roster cannot be imported: the line number (1 is the header), the column, the message key of
 * the reason (bundle {@code roster.problem.*}) and the value found, so the administrator can fix the file.
 */
public record RosterProblem(long line, String column, String reasonKey, String value) implements Serializable {
}
