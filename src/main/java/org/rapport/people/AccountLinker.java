package org.rapport.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.rapport.identity.AccountSignedIn;
import org.rapport.identity.Role;
import org.rapport.identity.UserAccount;

/**
 * Connects a campus account to the person's records at sign-in, by e-mail address: a student account to the
 * roster record imported for that address, an advisor account to its advisor record (created on first sign-in,
 * so caseloads can be assigned to it).
 */
@ApplicationScoped
public class AccountLinker {

    private static final Logger LOG = Logger.getLogger(AccountLinker.class.getName());
    private static final String DEFAULT_ADVISOR_TITLE = "Career Advisor";

    @Inject
    private StudentRepository students;

    void onSignIn(@Observes AccountSignedIn event) {
        UserAccount account = event.account();
        if (account.getEmail() == null) {
            return;
        }
        if (event.roles().contains(Role.STUDENT) && students.findByAccount(account.getId()).isEmpty()) {
            List<Student> matches = students.listUnlinkedByEmail(account.getEmail());
            if (matches.size() == 1) {
                matches.get(0).linkAccount(account);
            } else if (matches.size() > 1) {
                LOG.warning(() -> matches.size() + " roster records share the address of account " + account.getId()
                        + "; none linked until the roster is corrected");
            }
        }
        if (event.roles().contains(Role.ADVISOR) && students.findAdvisorByAccount(account.getId()).isEmpty()) {
            Advisor advisor = students.findAdvisorByEmail(account.getEmail()).orElseGet(() -> {
                String[] names = splitName(account.getDisplayName());
                Advisor created = new Advisor(names[0], names[1], account.getEmail(), DEFAULT_ADVISOR_TITLE, null);
                students.add(created);
                return created;
            });
            if (advisor.getAccount() == null) {
                advisor.linkAccount(account);
            }
        }
    }

    static String[] splitName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        int space = name.lastIndexOf(' ');
        if (space <= 0) {
            return new String[] {name.isEmpty() ? "Advisor" : name, "-"};
        }
        return new String[] {name.substring(0, space).strip(), name.substring(space + 1)};
    }
}
