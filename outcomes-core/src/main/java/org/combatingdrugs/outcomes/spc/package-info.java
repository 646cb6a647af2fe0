/**
 * Statistical process control as NHS "Making Data Count" and NHSRplotthedots do it: XmR charts
 * with special-cause rules, variation and assurance icons. Immutable and thread-safe; no method
 * accepts or returns {@code null}, and limits that cannot be computed say so instead of holding
 * NaN.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.spc;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
