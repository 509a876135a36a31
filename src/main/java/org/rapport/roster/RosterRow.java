package org.rapport.roster;

import org.rapport.people.ClassYear;
import org.rapport.people.GraduationTerm;

/** One valid line of a roster file, ready to import. */
public record RosterRow(long line, String studentNumber, String givenName, String familyName, String email,
                        String college, String major, ClassYear classYear, GraduationTerm graduationTerm)
        implements java.io.Serializable {
}
