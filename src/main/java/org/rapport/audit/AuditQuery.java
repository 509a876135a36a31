package org.rapport.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an administrator searches the audit log for; every part is optional. Person matches the actor's name,
 * student matches the student's number, dates are whole days in UTC (both ends included).
 */
public record AuditQuery(String person, String studentNumber, AuditAction action, LocalDate from, LocalDate to)
        implements Serializable {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
