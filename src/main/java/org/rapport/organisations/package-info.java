/**
 * Employers and other organisations students research, and students' org charts of them. Organisations are the
 * office's shared directory: everyone with a role lists, reads and adds them; staff change any, while a student
 * changes only the ones they added (recorded as {@code created_by_account_id}), so one student cannot rewrite what
 * the office or other students wrote. Names stay unique and competitor links are symmetric. An org chart is one
 * student's private research on one organisation, shared read-only with their caseload advisors only when the
 * student says so; its "reports to" links always form a tree.
 */
package org.rapport.organisations;
