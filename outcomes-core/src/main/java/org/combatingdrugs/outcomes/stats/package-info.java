/**
 * Statistical confidence with the conventions of OHID's Fingertips and PHEindicatormethods:
 * confidence intervals, significance of change, comparison with a benchmark and recent trend. These
 * are approximations computed in {@code double}; every result states its method, and a result that
 * cannot be computed says why instead of holding NaN. Immutable and thread-safe; no method accepts
 * or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.stats;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
