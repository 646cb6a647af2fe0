/**
 * Reading the reference tables shipped with the library (the national metrics, areas and their
 * codes). Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.data;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
