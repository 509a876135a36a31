package org.rapport.platform;

import java.io.Serializable;

/** A message argument that is itself a bundle key (a state's or an action's name), translated when shown. */
public record BundleKey(String key) implements Serializable {
}
