/**
 * Campus sign-in through OpenID Connect and who a signed-in person is in Rapport: accounts keyed on the provider's
 * stable subject (issuer + {@code sub}), roles merged from the campus groups claim, roles granted in Rapport and the
 * configured first administrators, and the {@link org.rapport.identity.CurrentUser} every service asks.
 */
package org.rapport.identity;
