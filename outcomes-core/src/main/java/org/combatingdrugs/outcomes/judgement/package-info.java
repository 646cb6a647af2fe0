/**
 * The floor every calculator stands on: which way a value moved ({@link
 * Direction}), which way is better ({@link Polarity}) and what that makes it ({@link Judgement}):
 * one type each for the whole library, and {@link Polarity#judge} the only place the rule lives.
 * Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.judgement;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
