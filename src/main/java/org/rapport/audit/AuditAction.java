package org.rapport.audit;

/** What happened; shown through the bundle key {@code audit.action.<NAME>}. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    ACCESS_DENIED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    CASELOAD_ASSIGNED,
    CASELOAD_REMOVED,
    STUDENT_RECORD_VIEWED,
    ROSTER_IMPORTED,
    STUDENT_RESEARCH_VIEWED,
    DIRECTORY_CONNECTOR_MERGED;

    public String messageKey() {
        return "audit.action." + name();
    }
}
