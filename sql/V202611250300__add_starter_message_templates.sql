-- The office's starter message templates: plain career-office wording for every kind of message a student sends
-- around a meeting. Reference data: advisors edit, retire and extend them on the templates page. Ids come from the
-- shared sequence, one call per row. Bodies are built line by line with CONCAT, and a backslash-n in a string is a
-- line break. When a draft is started from a template, a line whose placeholder has no value is left out, so each
-- optional fact sits on a line of its own. {minutes} is a number of minutes; {windows} and {meetingTime} already
-- name the time zone; list values ({windows}, {nextSteps}) start on a line of their own below their lead-in.

-- REQUEST: the referrer is named on the first line after the greeting, so the line goes when there is none.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'REQUEST', 'EMAIL',
    'Referred by someone',
    '{referrerName} suggested I get in touch',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        '{referrerName} suggested I get in touch with you.\n',
        'My name is {studentName}, and I am a student at {college}.\n',
        'I am studying {major}.\n',
        '\n',
        'We have something in common: {sharedInterest}.\n',
        'Reading about your work, I also learned this: {researchFinding}.\n',
        'I am exploring a career in your field and would be grateful for your advice; I am not asking for a job.\n',
        '\n',
        'Would you have {minutes} minutes for a short conversation at a time that suits you? I would be glad to come to you or to call, whichever is easier for you.\n',
        'These times would work for me, in your time zone: {windows}\n',
        'If none is convenient, I will gladly work around your schedule.\n',
        '\n',
        'Thank you for considering my request.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'REQUEST', 'EMAIL',
    'No referrer',
    'A student hoping to learn from your experience',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'My name is {studentName}, and I am a student at {college}.\n',
        'I am studying {major}.\n',
        'We have something in common: {sharedInterest}.\n',
        '\n',
        'Reading about your work, I learned this: {researchFinding}.\n',
        'I am exploring a career in your field and would be grateful for your advice; I am not asking for a job.\n',
        '\n',
        'Would you have {minutes} minutes for a short conversation at a time that suits you? I would be glad to come to you or to call, whichever is easier for you.\n',
        'These times would work for me, in your time zone: {windows}\n',
        'If none is convenient, I will gladly work around your schedule.\n',
        '\n',
        'Thank you for considering my request.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'REQUEST', 'PHONE',
    'Phone script',
    NULL,
    CONCAT(
        'Hello, my name is {studentName}.\n',
        '{referrerName} suggested I call you.\n',
        'I am a student at {college}.\n',
        'I am studying {major}.\n',
        '\n',
        'We have something in common: {sharedInterest}.\n',
        'Something I read about your work: {researchFinding}.\n',
        'I am exploring your field, and I would be grateful for your advice; I am not asking for a job.\n',
        '\n',
        'Would you have {minutes} minutes to talk, now or whenever suits you better?\n',
        'I am happy to call back, or to come to you.\n',
        'These times work for me, in your time zone: {windows}\n',
        '\n',
        'Thank you.'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'REQUEST', 'LETTER',
    'Letter',
    NULL,
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        '{referrerName} suggested I write to you.\n',
        'My name is {studentName}, and I am a student at {college}.\n',
        'I am studying {major}.\n',
        '\n',
        'We have something in common: {sharedInterest}.\n',
        'Reading about your work, I also learned this: {researchFinding}.\n',
        'I am exploring a career in your field and would be grateful for your advice; I am not looking for a position.\n',
        '\n',
        'Would you be willing to give me {minutes} minutes of your time, at your convenience? I would be glad to come to your office, or to call you if that is easier.\n',
        'These times would suit me, given in your time zone: {windows}\n',
        'If none is convenient, I would be happy to fit in with your schedule.\n',
        '\n',
        'Thank you for considering my request.\n',
        '\n',
        'Yours sincerely,\n',
        '{studentName}'),
    FALSE);

-- FOLLOW_UP: sent when a request had no answer; as polite as the request, and asks no more of them.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'FOLLOW_UP', 'EMAIL',
    'Polite follow-up',
    'Following up: a short conversation about your work',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'I am writing again in case my earlier message reached you at a busy time.\n',
        '{referrerName} had suggested I contact you.\n',
        'I would still be very grateful for {minutes} minutes of your advice, whenever suits you.\n',
        '\n',
        'I would be happy to call you, or to come to you if you prefer.\n',
        'These times would work for me, in your time zone: {windows}\n',
        'If now is not a good moment, I completely understand.\n',
        '\n',
        'Thank you for reading this.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

-- OBJECTION_REPLY: one reply for each common answer that is not yet a yes.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'OBJECTION_REPLY', 'EMAIL',
    'Busy: ask when they would have time',
    'Thank you, and perhaps another time',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'Thank you for letting me know, and I completely understand that this is a busy time.\n',
        '{referrerName} spoke very highly of your experience.\n',
        'I would still value {minutes} minutes of your advice, whenever suits you, even some weeks from now.\n',
        '\n',
        'When might you have a little more time? A short call before or after work would be fine for me, and I would be happy to call you or to come to you.\n',
        'These times would also work for me, in your time zone: {windows}\n',
        '\n',
        'Thank you again for replying.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'OBJECTION_REPLY', 'EMAIL',
    'Not the right person: why their experience matters',
    'Thank you for your reply',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'Thank you for your reply.\n',
        '{referrerName} suggested I contact you because of your own experience.\n',
        'I am hoping to learn how someone with your background found their way in the field, so your story is exactly what I would value hearing.\n',
        '\n',
        'Would you have {minutes} minutes for a short conversation at a time that suits you? I would be happy to call you, or to come to you.\n',
        'These times would work for me, in your time zone: {windows}\n',
        'If you still feel someone else would be better placed, I would be grateful if you could tell me who that might be.\n',
        '\n',
        'Thank you again,\n',
        '{studentName}'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'OBJECTION_REPLY', 'EMAIL',
    'Not hiring or talk to HR: it is about learning',
    'Thank you for your reply',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'Thank you for your reply, and I am sorry if my first message was unclear.\n',
        '{referrerName} suggested I contact you for advice.\n',
        'I am not looking for a job or asking about openings; I am hoping to learn from your experience as I decide on my next steps.\n',
        '\n',
        'Would you have {minutes} minutes for a short conversation at a time that suits you? I would be glad to call you, or to come to you, whichever is easier for you.\n',
        'These times would work for me, in your time zone: {windows}\n',
        '\n',
        'Thank you for considering it.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

-- CONFIRMATION: a day or two before; restates the time, the place or number, and the student's mobile.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'CONFIRMATION', 'EMAIL',
    'Confirm the meeting',
    'Confirming our conversation: {meetingTime}',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'Thank you again for agreeing to speak with me. I am writing to confirm the details.\n',
        '\n',
        'When: {meetingTime}\n',
        'Where: {meetingPlace}\n',
        '\n',
        'If anything changes, you can reach me on my mobile, {studentMobile}, and I am happy to move to another time that suits you better.\n',
        '\n',
        'I look forward to our conversation.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'CONFIRMATION', 'PHONE',
    'Confirmation call',
    NULL,
    CONCAT(
        'Hello, this is {studentName}.\n',
        'I am calling to confirm our conversation on {meetingTime}.\n',
        'We agreed on this place or number: {meetingPlace}.\n',
        'If anything changes, my mobile number is {studentMobile}.\n',
        'Thank you again, and I look forward to speaking with you.'),
    FALSE);

-- THANK_YOU: within a day of the meeting; thanks, what helped, the next steps and a promise to follow up.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'THANK_YOU', 'EMAIL',
    'Thank-you e-mail',
    'Thank you for your time and advice',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'Thank you very much for taking the time to speak with me. I especially appreciated your advice about [the part of our conversation that helped you most].\n',
        '\n',
        'My next steps: {nextSteps}\n',
        'I will act on your suggestions over the coming weeks.\n',
        '\n',
        'I will keep you posted on how things go. Thank you again for your generosity.\n',
        '\n',
        'Kind regards,\n',
        '{studentName}'),
    FALSE);

INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'THANK_YOU', 'LETTER',
    'Thank-you letter',
    NULL,
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'Thank you very much for taking the time to speak with me. I especially appreciated your advice about [the part of our conversation that helped you most].\n',
        '\n',
        'My next steps: {nextSteps}\n',
        'I will act on your suggestions over the coming weeks.\n',
        '\n',
        'I will keep you posted on how things go. Thank you again for your generosity.\n',
        '\n',
        'Yours sincerely,\n',
        '{studentName}'),
    FALSE);

-- REFERRER_UPDATE: here {referrerName} is the person written to, {connectorName} the person the student met.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'REFERRER_UPDATE', 'EMAIL',
    'Tell the referrer how it went',
    'Thank you for introducing me to {connectorName}',
    CONCAT(
        'Dear {referrerName},\n',
        '\n',
        'Thank you again for suggesting I contact {connectorName}.\n',
        'We spoke recently, and it was very helpful: [one thing you learned].\n',
        'My next steps: {nextSteps}\n',
        '\n',
        'I am grateful for the introduction, and I will let you know how things go.\n',
        '\n',
        'Best wishes,\n',
        '{studentName}'),
    FALSE);

-- TELL_HELPER: closing the loop; {connectorName} is the person who helped, {outcome} what the student achieved.
INSERT INTO message_template (id, version, created_at, updated_at, kind, channel, name, subject, body, retired)
VALUES (NEXT VALUE FOR rapport_id_seq, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 'TELL_HELPER', 'EMAIL',
    'Good news, and thank you',
    'Some good news, and thank you',
    CONCAT(
        'Dear {connectorName},\n',
        '\n',
        'I wanted to share some good news: {outcome}.\n',
        'Your help along the way made a real difference, and I am very grateful for the time and advice you gave me.\n',
        '\n',
        'If I can ever return the favour, please let me know.\n',
        '\n',
        'With thanks and best wishes,\n',
        '{studentName}'),
    FALSE);
