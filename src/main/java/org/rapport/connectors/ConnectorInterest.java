package org.rapport.connectors;

/**
 * The eight things a connector may value, as career offices teach them. Each has a name, an explanation and one
 * plain suggestion for how a request or thank-you can honour it (bundle keys {@code interest.<NAME>},
 * {@code interest.<NAME>.explain}, {@code interest.<NAME>.suggestion}).
 */
public enum ConnectorInterest {
    RECOGNITION,
    REPUTATION,
    CONVENIENCE,
    INSIGHT,
    UTILITY,
    AFFILIATION,
    STATUS,
    APPRECIATION;

    public String messageKey() {
        return "interest." + name();
    }

    public String explanationKey() {
        return "interest." + name() + ".explain";
    }

    public String suggestionKey() {
        return "interest." + name() + ".suggestion";
    }
}
