/** The student's task list: the page with its tabs (due, coming up, snoozed, done) and the list on the dashboard. */
package org.rapport.tasks.web;
