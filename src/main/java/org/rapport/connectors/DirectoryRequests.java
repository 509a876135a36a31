package org.rapport.connectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rapport.platform.NotFoundException;

/**
 * The fatigue cap at work. A student's request to meet a directory volunteer is counted with the volunteer's row
 * locked ({@code SELECT … FOR UPDATE}), so students asking at the same moment queue behind each other and no more
 * than the cap get through. It runs in a transaction of its own whose first statement is that lock: InnoDB takes a
 * repeatable-read snapshot at the first plain read, so the count that follows sees every request committed before
 * the lock was granted. Callers ({@link DirectoryService}) have already decided the student may ask.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DirectoryRequests {

    static final int ALTERNATIVES_SHOWN = 5;

    @Inject
    private ConnectorRepository connectors;

    @Inject
    private DirectorySettings settings;

    private final Clock clock = Clock.systemUTC();

    /**
     * Adds a private copy of the volunteer to {@code student}'s list and counts an open request against the cap;
     * when the cap is reached nothing is added and others who fit (same organisation first, then same industry,
     * each with room under their own cap) are returned instead.
     */
    public DirectoryRequestOutcome request(long studentId, long directoryConnectorId) {
        Connector volunteer = connectors.findDirectoryForUpdate(directoryConnectorId)
                .filter(c -> !c.isArchived())
                .orElseThrow(() -> new NotFoundException("directory connector", directoryConnectorId));
        Optional<Connector> existing = connectors.findCopy(studentId, directoryConnectorId);
        if (existing.isPresent()) {
            return DirectoryRequestOutcome.alreadyOnList(existing.get().getId());
        }
        Instant now = clock.instant();
        FatigueCap office = settings.officeCap();
        FatigueCap cap = FatigueCap.forConnector(volunteer, office);
        if (!cap.allowsAnother(connectors.countOpenRequests(directoryConnectorId, now))) {
            return DirectoryRequestOutcome.capReached(cap,
                    connectors.listAlternatives(volunteer, office, now, ALTERNATIVES_SHOWN).stream()
                            .map(row -> row.withOfficeCap(office)).toList());
        }
        Connector copy = volunteer.copyFor(connectors.studentReference(studentId));
        connectors.add(copy);
        connectors.add(new DirectoryRequest(volunteer, copy, now, cap));
        return DirectoryRequestOutcome.added(copy.getId());
    }
}
