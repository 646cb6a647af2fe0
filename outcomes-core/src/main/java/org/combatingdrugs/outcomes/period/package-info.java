/**
 * Reporting periods: UK financial years and quarters, calendar months and years, year to date,
 * rolling twelve months and date ranges, with exact elapsed fractions. Immutable and thread-safe;
 * no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.period;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
