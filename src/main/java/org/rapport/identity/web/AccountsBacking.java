package org.rapport.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.rapport.identity.AccountAdministration;
import org.rapport.identity.AccountSummary;
import org.rapport.identity.Role;
import org.rapport.platform.BusinessException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.Messages;

/** Backs {@code /admin/accounts}: search accounts, grant and remove roles. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountAdministration administration;

    private String filter;

    private final LazyDataModel<AccountSummary> accounts = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(administration.countAccounts(filter));
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return administration.listAccounts(filter, PageRequest.of(first, pageSize));
        }

        @Override
        public String getRowKey(AccountSummary row) {
            return String.valueOf(row.getId());
        }

        @Override
        public AccountSummary getRowData(String rowKey) {
            return null;
        }
    };

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
