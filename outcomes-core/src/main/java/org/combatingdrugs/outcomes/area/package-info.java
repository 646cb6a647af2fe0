/**
 * The places figures describe: local authorities, police force areas, partnerships, regions and
 * the nation. Immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.area;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
