/**
 * The student's task list: things to do after (and, with the meeting lifecycle, before) a meeting, each with an
 * optional due date and the meeting it came from. The dashboard shows what is due and overdue; the student ticks
 * tasks off. Tasks know a meeting only by id, so meetings may create tasks without a dependency circle.
 */
package org.rapport.tasks;
