package org.rapport.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.identity.AccountAdministration;
import org.rapport.identity.AccountSummary;
import org.rapport.identity.Role;
import org.rapport.platform.BusinessException;
import org.rapport.platform.web.Messages;
import org.rapport.platform.web.PagedModel;

/** Backs {@code /admin/accounts}: search accounts, grant and remove roles. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    private String filter;

    private final LazyDataModel<AccountSummary> accounts = new PagedModel<>(
            none -> administration.countAccounts(filter),
            page -> administration.listAccounts(filter, page),
            AccountSummary::getId);

    public void toggle(AccountSummary account, Role role) {
        try {
            if (account.has(role)) {
                administration.revoke(account.getId(), account.getVersion(), role);
                Messages.info("accounts.revoked", account.getDisplayName(), Messages.text(role.messageKey()));
            } else {
                administration.grant(account.getId(), account.getVersion(), role);
                Messages.info("accounts.granted", account.getDisplayName(), Messages.text(role.messageKey()));
            }
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public LazyDataModel<AccountSummary> getAccounts() {
        return accounts;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
