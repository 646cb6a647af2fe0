/** Runnable programs that reproduce published reports with the outcomes library. */
@ParametersAreNonnullByDefault
package org.combatingdrugs.outcomes.examples;

import javax.annotation.ParametersAreNonnullByDefault;
