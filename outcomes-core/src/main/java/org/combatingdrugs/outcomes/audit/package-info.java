/**
 * Checking published figures against the exact values they should show: does a printed
 * percentage, projection or total follow from its printed inputs? Immutable and thread-safe.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.audit;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
