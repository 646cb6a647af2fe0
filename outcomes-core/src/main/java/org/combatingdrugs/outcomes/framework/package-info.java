/**
 * The framework's vocabulary: metrics, their polarity and (in later work) the national catalogue.
 * Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.framework;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
