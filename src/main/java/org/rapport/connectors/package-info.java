/**
 * The people students meet ("connectors"): each student's private list, and the office directory of volunteer
 * alumni and employer contacts curated by staff, with the connector's consent and a fatigue cap that keeps any one
 * volunteer from being asked by every student at once. Also what each connector values and how to appeal to it.
 */
package org.rapport.connectors;
