/** The administrator's roster import screen. */
package org.rapport.roster.web;
