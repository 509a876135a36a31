-- The office's question bank: questions advisors curate for informational interviews, and the starter bank Rapport
-- ships (reference data, starter = TRUE). Advisors edit, retire and extend it; a retired question stays in the
-- meeting lists that already hold it (meeting_question keeps its own copy of the wording).

CREATE TABLE bank_question (
    id                    BIGINT        NOT NULL,
    version               BIGINT        NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    text                  VARCHAR(500)  NOT NULL,
    -- Optional second form opening from a research finding; holds the placeholder {finding} exactly once.
    springboard           VARCHAR(500)  NULL,
    category              VARCHAR(40)   NOT NULL,
    -- Which connector levels the question suits (at least one).
    fit_peer              BOOLEAN       NOT NULL,
    fit_mid_career        BOOLEAN       NOT NULL,
    fit_senior            BOOLEAN       NOT NULL,
    -- Normalised focus tags joined by single spaces (research.Tags), e.g. 'technology finance'.
    focus_tags            VARCHAR(310)  NULL,
    minutes               INT           NOT NULL,
    starter               BOOLEAN       NOT NULL,
    retired_at            DATETIME(6)   NULL,
    created_by_account_id BIGINT        NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_bank_question_created_by FOREIGN KEY (created_by_account_id) REFERENCES user_account (id),
    CONSTRAINT ck_bank_question_category CHECK (category IN ('BACKGROUND', 'INDUSTRY_TRENDS', 'ROLE_DAY_TO_DAY',
        'SKILLS', 'COMPENSATION_LIFESTYLE', 'COMPETITIVE_FEEDBACK', 'ORGANISATION_STRUCTURE', 'REFERRALS')),
    CONSTRAINT ck_bank_question_fit CHECK (fit_peer OR fit_mid_career OR fit_senior),
    CONSTRAINT ck_bank_question_minutes CHECK (minutes BETWEEN 1 AND 10),
    CONSTRAINT ck_bank_question_springboard CHECK (springboard IS NULL OR springboard LIKE '%{finding}%')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The bank page lists live (or retired) questions by category; the picker filters by category.
CREATE INDEX ix_bank_question_category ON bank_question (retired_at, category, id);
CREATE INDEX ix_bank_question_created_by ON bank_question (created_by_account_id);

-- The starter bank. Ids come from the shared sequence, one call per row, like every other row.

-- BACKGROUND: getting to know them: their background and path.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What made you choose this field over the others you considered?',
        NULL,
        'BACKGROUND', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Looking back, which early experience or decision shaped your path the most?',
        'I saw that {finding}. What led you to that step, and how did it shape where you went next?',
        'BACKGROUND', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Was there a point when you nearly went in a different direction? What kept you on this one?',
        NULL,
        'BACKGROUND', FALSE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What surprised you most when you first started working in this field?',
        NULL,
        'BACKGROUND', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What did you study, and how much of it do you actually draw on in your work today?',
        NULL,
        'BACKGROUND', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'If you moved between sectors along the way, what carried over well and what did you have to relearn?',
        NULL,
        'BACKGROUND', FALSE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL);

-- INDUSTRY_TRENDS: the industry and its trends.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which changes in this industry are you watching most closely right now?',
        'I read that {finding}. How is that playing out where you work?',
        'INDUSTRY_TRENDS', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Where do you think this field will be in five years, and what will that mean for people just starting out?',
        NULL,
        'INDUSTRY_TRENDS', FALSE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which new technologies or tools are changing how the work gets done in this industry?',
        'I came across {finding}. Is that changing how your team works day to day?',
        'INDUSTRY_TRENDS', TRUE, TRUE, TRUE, 'technology', 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What do people outside the industry most often misunderstand about it?',
        NULL,
        'INDUSTRY_TRENDS', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How are funding pressures and policy changes affecting organisations like yours?',
        'I read that {finding}. How are organisations like yours adjusting?',
        'INDUSTRY_TRENDS', FALSE, TRUE, TRUE, 'public-sector nonprofit', 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which parts of the industry are growing, which are shrinking, and where are the leading organisations placing their bets?',
        'According to my research, {finding}. Does that match what you see from where you sit?',
        'INDUSTRY_TRENDS', FALSE, FALSE, TRUE, NULL, 3, TRUE, NULL, NULL);

-- ROLE_DAY_TO_DAY: the role, day to day.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What does a typical week look like for someone new in a role like yours?',
        'I read that {finding}. What does that look like in a normal week for someone newer on the team?',
        'ROLE_DAY_TO_DAY', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which tools or software do you rely on most each day?',
        NULL,
        'ROLE_DAY_TO_DAY', TRUE, TRUE, FALSE, 'technology', 1, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What part of your work takes more time than people would expect?',
        NULL,
        'ROLE_DAY_TO_DAY', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which parts of the work do you enjoy most, and which do you find most draining?',
        NULL,
        'ROLE_DAY_TO_DAY', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Who do you work with most closely from day to day, inside and outside your team?',
        NULL,
        'ROLE_DAY_TO_DAY', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'For a new analyst or associate, how is the week split between client work, internal projects and travel?',
        NULL,
        'ROLE_DAY_TO_DAY', TRUE, TRUE, FALSE, 'consulting finance', 2, TRUE, NULL, NULL);

-- SKILLS: skills and qualifications.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which skills matter most for doing this work well, beyond what appears on paper?',
        NULL,
        'SKILLS', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What skills do you wish you had built before you started?',
        NULL,
        'SKILLS', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Which qualifications or certifications are genuinely valued in your field, and which are merely nice to have?',
        NULL,
        'SKILLS', TRUE, TRUE, TRUE, 'finance healthcare', 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'As the field changes, which skills do you expect to become more valuable over the next few years?',
        'I read that {finding}. Which skills will that make more important for people entering the field?',
        'SKILLS', FALSE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'When you have seen people recruited or promoted in this field, what set the strongest ones apart?',
        NULL,
        'SKILLS', FALSE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How much data analysis or coding does the work involve, and how did you pick those skills up?',
        NULL,
        'SKILLS', TRUE, TRUE, FALSE, 'technology research', 2, TRUE, NULL, NULL);

-- COMPENSATION_LIFESTYLE: compensation and lifestyle.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What is a typical salary range for someone starting out in this kind of role?',
        'I saw {finding} for entry-level roles in this field. Does that sound about right to you?',
        'COMPENSATION_LIFESTYLE', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How predictable are the hours, and are there busy seasons when the pace picks up?',
        NULL,
        'COMPENSATION_LIFESTYLE', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How much travel does the work involve, and how has that changed over time?',
        NULL,
        'COMPENSATION_LIFESTYLE', TRUE, TRUE, TRUE, 'consulting', 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'In mission-driven work, how do people weigh pay against the impact they get to have?',
        NULL,
        'COMPENSATION_LIFESTYLE', TRUE, TRUE, TRUE, 'nonprofit public-sector', 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Besides base pay, which parts of the package tend to matter most in this field, such as bonuses, equity or flexibility?',
        NULL,
        'COMPENSATION_LIFESTYLE', TRUE, TRUE, TRUE, 'finance startups', 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How does pay usually progress over the first few years, and what tends to drive it?',
        NULL,
        'COMPENSATION_LIFESTYLE', FALSE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL);

-- COMPETITIVE_FEEDBACK: candid feedback on how competitive the student is.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Looking at my background, how competitive would I be for roles like this?',
        'Given that {finding}, how competitive would someone with my background be for roles like this?',
        'COMPETITIVE_FEEDBACK', TRUE, TRUE, TRUE, NULL, 4, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What one or two things would make my application stronger?',
        NULL,
        'COMPETITIVE_FEEDBACK', TRUE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Is there anything in my background that might give someone pause, and how could I address it?',
        NULL,
        'COMPETITIVE_FEEDBACK', FALSE, TRUE, TRUE, NULL, 4, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'If you were in my shoes, what would you do over the next six months to prepare?',
        NULL,
        'COMPETITIVE_FEEDBACK', TRUE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Thinking back to when you were at my stage, what did you have then that I should work on now?',
        NULL,
        'COMPETITIVE_FEEDBACK', TRUE, TRUE, FALSE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'From what I have told you about my experience, which parts would stand out to people in your field, and which would you leave out?',
        NULL,
        'COMPETITIVE_FEEDBACK', TRUE, TRUE, TRUE, NULL, 4, TRUE, NULL, NULL);

-- ORGANISATION_STRUCTURE: the organisation and how it is structured.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How is your organisation structured, and where does your team fit in?',
        NULL,
        'ORGANISATION_STRUCTURE', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Who makes the key decisions about strategy here, and how do those decisions reach teams like yours?',
        'I read that {finding}. How was that decision made, and who was involved?',
        'ORGANISATION_STRUCTURE', FALSE, FALSE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Who does your role report to, and how much independence do you have day to day?',
        NULL,
        'ORGANISATION_STRUCTURE', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How do teams work together across departments, and where does friction tend to show up?',
        NULL,
        'ORGANISATION_STRUCTURE', FALSE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'How is your organisation run differently from others in the industry?',
        'I noticed that {finding}. How does that shape the way work gets done here?',
        'ORGANISATION_STRUCTURE', FALSE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'In a young or fast-growing organisation, how do roles and responsibilities shift as it grows?',
        NULL,
        'ORGANISATION_STRUCTURE', TRUE, TRUE, TRUE, 'startups', 2, TRUE, NULL, NULL);

-- REFERRALS: referrals and next steps.
INSERT INTO bank_question (id, version, created_at, updated_at, text, springboard, category,
        fit_peer, fit_mid_career, fit_senior, focus_tags, minutes, starter, retired_at, created_by_account_id)
VALUES
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Based on my research, I plan to talk to these people and companies. Who else should be on my list?',
        'Based on my research, I plan to speak with {finding}. Who else should be on my list?',
        'REFERRALS', TRUE, TRUE, TRUE, NULL, 3, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'May I use your name when I contact them?',
        NULL,
        'REFERRALS', TRUE, TRUE, TRUE, NULL, 1, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Who else would you suggest I speak with to learn more about this field?',
        NULL,
        'REFERRALS', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Are there professional associations, events or online communities I should become part of?',
        NULL,
        'REFERRALS', TRUE, TRUE, FALSE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'What would be the best way to reach the people you have mentioned: email, a professional network, or an introduction from you?',
        NULL,
        'REFERRALS', TRUE, TRUE, TRUE, NULL, 2, TRUE, NULL, NULL),
    (NEXTVAL(rapport_id_seq), 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
        'Would it be all right if I followed up in a few months to let you know how my conversations with them went?',
        NULL,
        'REFERRALS', TRUE, TRUE, TRUE, NULL, 1, TRUE, NULL, NULL);
