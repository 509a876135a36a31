/** The task list on the student's dashboard. */
package org.rapport.tasks.web;
