package org.rapport.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds accounts; the only place that queries {@link UserAccount}. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<UserAccount> findBySubject(String issuer, String subject) {
        return entityManager.createNamedQuery(UserAccount.FIND_BY_SUBJECT, UserAccount.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public UserAccount add(UserAccount account) {
        entityManager.persist(account);
        return account;
    }
}
