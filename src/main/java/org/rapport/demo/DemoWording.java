package org.rapport.demo;

import org.rapport.connectors.Connector;
import org.rapport.people.Student;

/**
 * The words of the demo student's messages: a request that names the referrer first, asks for a short
 * conversation about learning (never a job) and defers to the connector's schedule; a polite follow-up; a reply to
 * "busy"; a confirmation; a thank-you with what helped and the next steps. Demo data, so English only.
 */
final class DemoWording {

    private DemoWording() {
    }

    static String requestSubject(Connector referrer) {
        return referrer == null ? "A Northfield student hoping to learn from your experience"
                : referrer.getFullName() + " suggested I get in touch";
    }

    static String request(Student student, Connector connector, Connector referrer, int minutes) {
        String opening = referrer == null
                ? "I am a third-year " + student.getMajor() + " student at Northfield's " + student.getCollege()
                        + ", and I came across your work at " + organisation(connector) + " while researching careers"
                        + " in the field."
                : referrer.getFullName() + " suggested I get in touch with you. I am a third-year "
                        + student.getMajor() + " student at Northfield's " + student.getCollege() + ".";
        return "Dear " + connector.getFullName() + ",\n\n" + opening + " I am trying to learn how people build a"
                + " career in your area, and your experience would help me a great deal.\n\n"
                + "Would you have " + minutes + " minutes in the coming weeks to tell me about your path? I know"
                + " your time is precious, so I would gladly fit around your schedule, come to your office, or"
                + " call whenever suits you best.\n\n"
                + "Thank you very much for considering it.\n\nKind regards,\n" + signature(student);
    }

    static String requestDraft(Student student, Connector connector) {
        return "Dear " + connector.getFullName() + ",\n\nI am a third-year " + student.getMajor()
                + " student at Northfield, and I would like to learn how consultants choose their first industry"
                + " focus.\n\n";
    }

    static String followUpSubject() {
        return "Following up: a short conversation about your work";
    }

    static String followUp(Student student, Connector connector, Connector referrer) {
        return "Dear " + connector.getFullName() + ",\n\n"
                + (referrer == null ? "" : referrer.getFullName() + " suggested I contact you, and ")
                + "I wrote two weeks ago to ask whether you might have twenty minutes to share your experience."
                + " I understand how busy this time of year is. If a short call later in the month would suit you"
                + " better, I would be glad to fit around your schedule.\n\n"
                + "Thank you again for considering it.\n\nKind regards,\n" + signature(student);
    }

    static String objectionReply(Student student, Connector connector) {
        return "Dear " + connector.getFullName() + ",\n\nThank you for letting me know, and good luck with the"
                + " quarter close. Would a fifteen-minute call after the 15th work, perhaps before or after your"
                + " working day? I am happy to fit around you.\n\nKind regards,\n" + signature(student);
    }

    static String confirmation(Student student, Connector connector, String when, String where) {
        return "Dear " + connector.getFullName() + ",\n\nI am looking forward to our conversation " + when
                + ". " + where + " If anything changes on the day, my mobile number is +1 312 555 0164.\n\n"
                + "Thank you again for making the time.\n\nKind regards,\n" + signature(student);
    }

    static String thanksSubject() {
        return "Thank you for your time";
    }

    static String thanks(Student student, Connector connector, String helped, String nextSteps) {
        return "Dear " + connector.getFullName() + ",\n\nThank you for taking the time to talk with me. What you"
                + " said about " + helped + " was especially helpful.\n\nAs a next step I will " + nextSteps
                + ", and I will let you know how it goes.\n\nWith many thanks,\n" + signature(student);
    }

    static String referrerUpdate(Student student, Connector referrer, Connector connector) {
        return "Dear " + referrer.getFullName() + ",\n\nThank you for introducing me to " + connector.getFullName()
                + ". We spoke this week, and the conversation gave me a much clearer picture of the work.";
    }

    private static String organisation(Connector connector) {
        return connector.getOrganisation() == null ? "your organisation" : connector.getOrganisation().getName();
    }

    private static String signature(Student student) {
        return student.getGivenName() + " " + student.getFamilyName() + "\n" + student.getCollege()
                + ", Northfield University";
    }
}
