package org.rapport.roster;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapport.audit.Actor;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.AccessDeniedException;

/**
 * The only door to roster imports, for administrators. {@link #check} reads the whole file and consults the
 * database (is an e-mail address already another student's? which rows are new?); {@link #startImport} writes a
 * clean check in batches of {@value #BATCH} in the background and reports progress.
 */
@ApplicationScoped
public class RosterImportService {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(RosterImportService.class.getName());

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RosterWriter writer;

    @Inject
    private AuditLog audit;

    @Resource
    private ManagedExecutorService executor;

    /** Checks a roster file; nothing is written. */
    public RosterCheck check(@NotNull InputStream file) throws IOException {
        requireAdmin();
        RosterCheck read;
        try (Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8)) {
            read = new RosterReader().read(reader);
        }
        if (read.rows().isEmpty()) {
            return read;
        }
        List<RosterProblem> conflicts = new ArrayList<>();
        int existingCount = 0;
        for (int from = 0; from < read.rows().size(); from += BATCH) {
            List<RosterRow> chunk = read.rows().subList(from, Math.min(from + BATCH, read.rows().size()));
            Map<String, String> existing = writer.emailsOfExisting(chunk.stream().map(RosterRow::studentNumber)
                    .toList());
            existingCount += existing.size();
            Map<String, String> emailOwners = writer.numbersUsingEmails(chunk.stream().map(RosterRow::email)
                    .toList());
            for (RosterRow row : chunk) {
                String owner = emailOwners.get(row.email().toLowerCase(Locale.ROOT));
                if (owner != null && !owner.equals(row.studentNumber().toUpperCase(Locale.ROOT))) {
                    conflicts.add(new RosterProblem(row.line(), RosterColumn.EMAIL.header(),
                            "roster.problem.emailTaken", row.email() + " (" + owner + ")"));
                }
            }
        }
        return read.withCounts(conflicts, read.rows().size() - existingCount, existingCount);
    }

    /** Imports a clean check in the background; the returned progress fills as batches commit. */
    public RosterImportProgress startImport(@NotNull RosterCheck check) {
        requireAdmin();
        if (!check.isClean()) {
            throw new IllegalArgumentException("Only a roster without problems can be imported");
        }
        Actor actor = currentUser.actor();
        RosterImportProgress progress = new RosterImportProgress(check.rows().size());
        executor.execute(() -> write(check.rows(), progress, actor));
        return progress;
    }

    private void write(List<RosterRow> rows, RosterImportProgress progress, Actor actor) {
        try {
            for (int from = 0; from < rows.size(); from += BATCH) {
                int[] counts = writer.write(rows.subList(from, Math.min(from + BATCH, rows.size())));
                progress.batchWritten(counts[0], counts[1]);
            }
            progress.finish();
            audit.record(actor, AuditAction.ROSTER_IMPORTED, null, "roster",
                    progress.getCreated() + " new, " + progress.getUpdated() + " updated");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Roster import stopped after " + progress.getDone() + " rows", e);
            progress.fail(e.getMessage());
        }
    }

    private void requireAdmin() {
        if (!currentUser.isAdmin()) {
            audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, null, "roster import", null);
            throw new AccessDeniedException("roster import", null);
        }
    }
}
