package org.rapport.connectors;

/**
 * A feature whose records refer to connectors (notes, org charts, meetings). A connector that any of them refers to
 * is archived, never deleted, and the student is told what still refers to it. Implementations are CDI beans.
 */
public interface ConnectorUsage {

    /** How many of this feature's records refer to the connector. */
    long countReferences(long connectorId);

    /** The bundle key naming those records in a sentence, with {0} the count ("{0} research notes"). */
    String messageKey();
}
