/**
 * Baselines, targets due by a reporting period, their attainment and the linear trajectories
 * between a baseline and a target. Exact, immutable and thread-safe; no method accepts or returns
 * {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.target;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
