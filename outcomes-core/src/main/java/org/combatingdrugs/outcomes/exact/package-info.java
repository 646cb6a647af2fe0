/**
 * The library's exact number: {@link org.combatingdrugs.outcomes.exact.Exact}, a rational value
 * that every published figure, change, share and threshold is held in, so that no rounding happens
 * until a value is presented, and then with a named {@link java.math.RoundingMode}. The floor under
 * every other package. Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.exact;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
