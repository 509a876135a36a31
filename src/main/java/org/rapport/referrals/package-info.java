/**
 * Referral chains: who a connector met in a held meeting suggested next, whether the student may use their name,
 * how contact happens and how far each referral has got; the chain from each first contact down through everyone
 * they led to, with its figures (referrals per held meeting, longest chain, share of meetings from a referral),
 * and the rule that flags a referral stale. The chain and stale rules are pure functions over rows the repository
 * reads in one query per student, so no page walks the chain row by row.
 */
package org.rapport.referrals;
