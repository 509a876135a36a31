/**
 * The referrals screens: the student's referrals, chains, figures and research list, the referrals of a meeting,
 * and the advisor's read-only view of a student's.
 */
package org.rapport.referrals.web;
