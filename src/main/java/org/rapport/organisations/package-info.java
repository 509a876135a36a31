/**
 * Employers and other organisations students research. Organisations are the office's shared directory: everyone
 * with a role lists, reads and adds them; staff change any, while a student changes only the ones they added
 * (recorded as {@code created_by_account_id}), so one student cannot rewrite what the office or other students
 * wrote. Names stay unique and competitor links are symmetric. Students' org charts live in
 * {@code org.rapport.orgcharts}.
 */
package org.rapport.organisations;
