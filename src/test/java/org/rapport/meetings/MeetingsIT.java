package org.rapport.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.connectors.Connector;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;
import org.rapport.platform.PageRequest;
import org.rapport.questionbank.BankFilter;
import org.rapport.questionbank.BankQuestion;
import org.rapport.questionbank.QuestionBankRepository;
import org.rapport.questionbank.QuestionCategory;
import org.rapport.research.Finding;
import org.rapport.research.Hypothesis;
import org.rapport.research.HypothesisChange;
import org.rapport.research.HypothesisStatus;
import org.rapport.research.MeetingResearch;
import org.rapport.research.NewsItem;
import org.rapport.research.NotebookItem;
import org.rapport.research.ResearchNote;
import org.rapport.testsupport.Deployments;
import org.rapport.testsupport.TransactionRunner;

/**
 * Meetings inside Payara against MariaDB: the starter bank the migration ships, a list built from the bank and the
 * notebook with its ranking kept in the database, what the notebook offers a meeting (about this connector first),
 * and a hypothesis outcome heard in a meeting joining the notebook's history with the meeting's id.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.rapportWar().addClasses(TransactionRunner.class, Deployments.class);
    }

    @Inject
    private TransactionRunner tx;

    @Inject
    private QuestionBankRepository bank;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private MeetingResearch research;

    private record Fixture(long studentId, long connectorId, long otherConnectorId, long organisationId) {
    }

    private Fixture fixture() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return tx.inNewTransaction(em -> {
            Organisation organisation = persist(em, new Organisation("Meeting Test Health " + run,
                    Industry.HEALTHCARE, SizeBand.LARGE));
            Student student = persist(em, new Student("MT" + run.substring(0, 8), "Mina", "Tester",
                    "mina." + run + "@students.it.example", "School of Health", "Statistics", ClassYear.FINAL_YEAR));
            Connector connector = Connector.privateFor(student, "Dana Whitfield " + run);
            connector.placeAt("Lead analyst", organisation, null, ConnectorLevel.PEER);
            persist(em, connector);
            Connector other = persist(em, Connector.privateFor(student, "Someone Else " + run));
            return new Fixture(student.getId(), connector.getId(), other.getId(), organisation.getId());
        });
    }

    @Test
    void theStarterBankCoversEveryCategoryAndFiltersByLevelInTheDatabase() {
        BankFilter live = BankFilter.live();
        assertTrue(bank.countLive() >= 40, "at least forty starter questions, found " + bank.countLive());
        Set<QuestionCategory> categories = bank.list(live, PageRequest.of(0, 200)).stream()
                .map(BankQuestion::getCategory).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionCategory.class), categories);
        List<BankQuestion> forPeers = bank.list(new BankFilter(null, false, ConnectorLevel.PEER, null),
                PageRequest.of(0, 200));
        assertFalse(forPeers.isEmpty());
        assertTrue(forPeers.stream().allMatch(q -> q.getFit().isPeer()), "the level filter runs in SQL");
        assertTrue(bank.count(live) > bank.count(new BankFilter(null, false, ConnectorLevel.PEER, null)),
                "some questions are for more senior people only");
        List<BankQuestion> referrals = bank.list(new BankFilter(QuestionCategory.REFERRALS, false, null, "name"),
                PageRequest.of(0, 50));
        assertTrue(referrals.stream().anyMatch(q -> q.getText().contains("use your name")),
                "the referral question asking to use their name ships in the bank");
        assertTrue(bank.list(live, PageRequest.of(0, 200)).stream().filter(q -> q.getSpringboard() != null)
                .allMatch(q -> q.springboardWith("the team doubled").contains("the team doubled")));
    }

    @Test
    void aListBuiltFromTheBankAndTheNotebookKeepsItsRankingInTheDatabase() {
        Fixture f = fixture();
        long meetingId = tx.inNewTransaction(em -> {
            Student student = em.find(Student.class, f.studentId());
            Meeting meeting = persist(em, new Meeting(student, em.find(Connector.class, f.connectorId()), null,
                    "Learn about hospital analytics", 10));
            BankQuestion opener = bank.list(new BankFilter(QuestionCategory.BACKGROUND, false, null, null),
                    PageRequest.of(0, 1)).get(0);
            BankQuestion feedback = bank.list(new BankFilter(QuestionCategory.COMPETITIVE_FEEDBACK, false, null,
                    null), PageRequest.of(0, 1)).get(0);
            for (BankQuestion q : List.of(opener, opener, opener)) {
                meeting.add(new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.BANK, q.getText(),
                        q.getCategory(), 3, q.getFit(), q.getId(), null, null));
            }
            meeting.add(new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.BANK, feedback.getText(),
                    feedback.getCategory(), 3, feedback.getFit(), feedback.getId(), null, null));
            em.flush();
            assertTrue(meeting.rank(meeting.orderedIds()), "the must-ask question is lifted above the line");
            return meeting.getId();
        });
        List<MeetingQuestion> stored = tx.inNewTransaction(em -> meetings.listQuestions(em.find(Meeting.class,
                meetingId)));
        assertEquals(List.of(0, 1, 2, 3), stored.stream().map(MeetingQuestion::getPosition).toList());
        assertTrue(stored.get(2).isMustAsk(), "third of four: 3 + 3 + 3 minutes fit in 10");
        assertEquals(3, QuestionRanking.lineIndex(stored, 10), "the fourth item falls below the line");
        MeetingSummary summary = meetings.list(f.studentId(), MeetingState.PLANNED, PageRequest.of(0, 5)).get(0);
        assertEquals(4, summary.itemCount());
        assertEquals(1, meetings.count(f.studentId(), null));
        assertEquals(0, meetings.count(f.studentId(), MeetingState.HELD));
    }

    @Test
    void theNotebookOffersHypothesesAndNewsAboutThisMeetingFirstAndAnOutcomeKeepsTheMeeting() {
        Fixture f = fixture();
        long[] ids = tx.inNewTransaction(em -> {
            Student student = em.find(Student.class, f.studentId());
            Connector connector = em.find(Connector.class, f.connectorId());
            ResearchNote general = persist(em, new ResearchNote(student, "General reading"));
            ResearchNote aboutDana = persist(em, new ResearchNote(student, "About Dana's team"));
            aboutDana.concern(null, null, connector);
            Hypothesis elsewhere = persist(em, new Hypothesis(general, "Analysts rarely work weekends"));
            Hypothesis about = persist(em, new Hypothesis(aboutDana, "Dana's team rotates graduates yearly"));
            Hypothesis settled = persist(em, new Hypothesis(aboutDana, "The team uses SQL daily"));
            settled.recordOutcome(HypothesisStatus.CONFIRMED, "Read it in a post", null, LocalDate.now(), null);
            persist(em, new Finding(aboutDana, "The team doubled in size last year."));
            NewsItem news = persist(em, new NewsItem(general, "The hospital group won a data award", null));
            news.aimAt(connector, false);
            persist(em, new NewsItem(general, "Unrelated news nobody flagged", null));
            Meeting meeting = persist(em, new Meeting(student, connector, null, "Test hypotheses", 20));
            return new long[] {about.getId(), elsewhere.getId(), meeting.getId(), news.getId()};
        });
        List<NotebookItem> hypotheses = tx.inNewTransaction(em -> research.openHypotheses(
                em.find(Student.class, f.studentId()), f.connectorId(), null));
        assertEquals(List.of(ids[0], ids[1]), hypotheses.stream().map(NotebookItem::id).toList(),
                "open hypotheses only, the one about this connector first");
        assertTrue(hypotheses.get(0).aboutThisMeeting());
        assertFalse(hypotheses.get(1).aboutThisMeeting());
        List<NotebookItem> news = tx.inNewTransaction(em -> research.newsToShare(em.find(Student.class,
                f.studentId()), f.connectorId(), null));
        assertEquals(List.of(ids[3]), news.stream().map(NotebookItem::id).toList(),
                "news meant for this connector, not unflagged news");
        assertEquals(List.of(), tx.inNewTransaction(em -> research.openHypotheses(em.find(Student.class,
                f.studentId()), f.otherConnectorId(), null)).stream().filter(NotebookItem::aboutThisMeeting).toList());

        tx.inNewTransaction(em -> research.recordMeetingOutcome(em.find(Student.class, f.studentId()), ids[0],
                HypothesisStatus.CONFIRMED, "Dana said every graduate rotates after twelve months.",
                em.find(Connector.class, f.connectorId()), LocalDate.now(), ids[2], null));
        List<HypothesisChange> history = tx.inNewTransaction(em -> em.find(Hypothesis.class, ids[0]).getHistory());
        assertEquals(1, history.size());
        assertEquals(Long.valueOf(ids[2]), history.get(0).getMeetingId(), "the evidence points at the meeting");
        assertEquals(HypothesisStatus.CONFIRMED, tx.inNewTransaction(em -> em.find(Hypothesis.class, ids[0])
                .getStatus()));
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }
}
