package org.combatingdrugs.outcomes.assess;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.combatingdrugs.outcomes.calc.Change;
import org.combatingdrugs.outcomes.measure.Quantity;
import org.combatingdrugs.outcomes.period.FinancialYear;

/**
 * The change from last year's total to this year's projection, as Dorset's report sets 152
 * projected county lines arrests for 2023/24 against 80 in 2022/23: +90.0% (+72).
 *
 * @param lastYear the financial year before the one projected
 * @param lastYearTotal that year's total (its whole-year value, or the sum of its quarters or months)
 * @param change from {@code lastYearTotal} to the projected value
 */
public record ProjectedChange(FinancialYear lastYear, Quantity lastYearTotal, Change change) {

  /** Checks that the change starts from last year's total. */
  public ProjectedChange {
    checkNotNull(lastYear, "lastYear");
    checkNotNull(lastYearTotal, "lastYearTotal");
    checkNotNull(change, "change");
    checkArgument(
        change.base().equals(lastYearTotal),
        "change must start from lastYearTotal %s but started from %s",
        lastYearTotal,
        change.base());
  }

  /** {@code on 2022/23: 80 → 152: +90.0% (+72)}. */
  @Override
  public String toString() {
    return "on " + lastYear + ": " + change;
  }
}
