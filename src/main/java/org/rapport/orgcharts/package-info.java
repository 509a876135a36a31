/**
 * Students' org charts of the organisations they research: units, roles and people (names, or links to their own
 * connectors) with "reports to" links, each with a source and a confidence. A chart is private to its student until
 * they share it with their caseload advisors; reporting lines never form a loop.
 */
package org.rapport.orgcharts;
