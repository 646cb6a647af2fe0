/**
 * Red/amber/green ratings of a metric against a target, a projection or bands of change, and its
 * direction of travel; always polarity-aware, with "not rated" as an explicit value. Immutable and
 * thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.rag;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
