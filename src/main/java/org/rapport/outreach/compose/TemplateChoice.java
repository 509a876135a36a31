package org.rapport.outreach.compose;

import java.io.Serializable;

/** A template the composer offers for the kind and channel. */
public record TemplateChoice(long id, String name) implements Serializable {
}
