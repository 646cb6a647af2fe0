/**
 * The one contract for an answer that may not be computable: a {@link
 * org.combatingdrugs.outcomes.result.Result} is computed with its value, or not computed with a
 * {@link org.combatingdrugs.outcomes.result.Reason} of its family and the sentence that explains
 * it. Every family offers the same accessors, so no caller casts to get an answer out. Immutable
 * and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.result;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
