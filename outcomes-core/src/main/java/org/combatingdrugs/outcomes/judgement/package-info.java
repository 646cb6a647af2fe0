/**
 * The floor every calculator stands on: which way a value moved. {@link
 * org.combatingdrugs.outcomes.judgement.Direction} is the one direction type of the library.
 * Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.judgement;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
