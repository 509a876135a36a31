package org.rapport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.Like;

/**
 * Administrators list the accounts that have signed in and grant or remove roles inside Rapport (merged with the
 * campus groups at the next sign-in). A change made on an out-of-date view is refused, never silently applied.
 */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    private static final String FILTER = " where a.displayName like :text or a.username like :text"
            + " or a.email like :text";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    /** One page of accounts (by name), with their granted roles: two queries, whatever the page size. */
    public List<AccountSummary> listAccounts(String filter, @NotNull PageRequest page) {
        requireAdmin();
        String where = filter == null || filter.isBlank() ? "" : FILTER;
        var query = entityManager.createQuery("select new org.rapport.identity.AccountSummary(a.id, a.version,"
                + " a.displayName, a.username, a.email, a.lastSignInAt) from UserAccount a" + where
                + " order by a.displayName, a.id", AccountSummary.class);
        if (!where.isEmpty()) {
            query.setParameter("text", Like.containing(filter));
        }
        List<AccountSummary> rows = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        if (!rows.isEmpty()) {
            Map<Long, AccountSummary> byId = rows.stream()
                    .collect(Collectors.toMap(AccountSummary::getId, Function.identity()));
            entityManager.createQuery("select a.id, r from UserAccount a join a.grantedRoles r where a.id in :ids",
                            Object[].class)
                    .setParameter("ids", byId.keySet()).getResultList()
                    .forEach(row -> byId.get((Long) row[0]).addGrantedRole((Role) row[1]));
        }
        return rows;
    }

    public long countAccounts(String filter) {
        requireAdmin();
        boolean filtered = filter != null && !filter.isBlank();
        var count = entityManager.createQuery("select count(a) from UserAccount a" + (filtered ? FILTER : ""),
                Long.class);
        if (filtered) {
            count.setParameter("text", Like.containing(filter));
        }
        return count.getSingleResult();
    }

    /** Grants {@code role}, if the account is still at {@code seenVersion}. */
    public void grant(long accountId, long seenVersion, @NotNull Role role) {
        UserAccount account = current(accountId, seenVersion);
        if (account.grant(role)) {
            audit.record(currentUser.actor(), AuditAction.ROLE_GRANTED, null, account.getUsername(), role.name());
        }
    }

    /** Removes a role granted in Rapport, if the account is still at {@code seenVersion}. */
    public void revoke(long accountId, long seenVersion, @NotNull Role role) {
        UserAccount account = current(accountId, seenVersion);
        if (account.revoke(role)) {
            audit.record(currentUser.actor(), AuditAction.ROLE_REVOKED, null, account.getUsername(), role.name());
        }
    }

    private UserAccount current(long accountId, long seenVersion) {
        requireAdmin();
        UserAccount account = entityManager.find(UserAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException("account", accountId);
        }
        if (account.getVersion() != seenVersion) {
            throw new ConcurrentChangeException(account.getDisplayName());
        }
        return account;
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, null, "account administration", null);
            throw new AccessDeniedException("account administration", null);
        }
    }
}
