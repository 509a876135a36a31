/**
 * The outreach screens: composing and sending messages around a meeting, the meeting's lifecycle panel, the
 * office's templates, and closing the loop when a student records a success.
 */
package org.rapport.outreach.web;
