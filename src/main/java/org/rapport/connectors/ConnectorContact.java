package org.rapport.connectors;

/** How to reach a connector, as one value for {@link Connector#reachAt}. */
public record ConnectorContact(String email, String phone, String postalAddress, ContactChannel preferredChannel,
                               String timeZone, String city, String countryCode, String profileUrl) {
}
