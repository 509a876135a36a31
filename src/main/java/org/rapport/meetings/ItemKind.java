package org.rapport.meetings;

/** A list item is a question to ask or a talking point to share (news from the notebook). */
public enum ItemKind {
    QUESTION,
    TALKING_POINT
}
