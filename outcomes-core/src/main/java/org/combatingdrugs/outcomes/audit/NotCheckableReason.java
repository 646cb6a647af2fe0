package org.combatingdrugs.outcomes.audit;

import org.combatingdrugs.outcomes.result.Reason;

/** Why a printed figure cannot be checked against its inputs. */
public enum NotCheckableReason implements Reason {
  /** Nothing it was derived from is printed with it: "reduced by 7%". */
  NO_INPUTS("no inputs are printed with it", "no inputs"),
  /** A change printed with its later value but not its base: "210, a 40 percent increase". */
  BASE_NOT_GIVEN("the base is not given", "base not given"),
  /** A change printed with its base but not the later value. */
  CURRENT_NOT_GIVEN("the later value is not given", "later value not given"),
  /** A share printed with its total but not the count it is a share of. */
  COUNT_NOT_GIVEN("the count is not given", "count not given"),
  /** A share printed with its count but not the total it is a share of. */
  TOTAL_NOT_GIVEN("the total is not given", "total not given"),
  /** A rate printed with its count but not the population it is a rate in. */
  POPULATION_NOT_GIVEN("the population is not given", "population not given"),
  /** A change from a base of zero, or a share of or rate in zero: the figure is undefined. */
  ZERO_BASE("the base, total or population is zero, so it is undefined", "zero base");

  private final String sentence;
  private final String shortName;

  NotCheckableReason(String sentence, String shortName) {
    this.sentence = sentence;
    this.shortName = shortName;
  }

  /** The reason for readers, as a finding gives it: {@code "the base is not given"}. */
  @Override
  public String sentence() {
    return sentence;
  }

  /** A few words for a tally: {@code "base not given"}. */
  public String shortName() {
    return shortName;
  }
}
