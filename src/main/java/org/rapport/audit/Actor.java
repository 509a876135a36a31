package org.rapport.audit;

/**
 * Who did something, as the audit log records it: the account (absent for someone not signed in), a readable
 * name that stays meaningful if the account is later removed, and the client's network address.
 */
public record Actor(Long accountId, String name, String clientAddress) {

    public static final String ANONYMOUS = "(not signed in)";

    public static Actor anonymous(String clientAddress) {
        return new Actor(null, ANONYMOUS, clientAddress);
    }
}
