/**
 * Employers and other organisations students research and whose people they meet: name, industry, size and
 * location. Org charts and competitor links build on these records.
 */
package org.rapport.organisations;
