package org.combatingdrugs.outcomes.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A standard population: the weight of each age band in direct standardisation.
 *
 * @param name the population's name
 * @param bands the age bands' labels, youngest first
 * @param weights the weight of each band, positive
 */
public record StandardPopulation(String name, ImmutableList<String> bands, ImmutableList<Long> weights) {

  /**
   * The European Standard Population 2013: 19 bands, 0–4 to 90+, weights totalling 100,000.
   */
  public static final StandardPopulation ESP_2013 =
      new StandardPopulation(
          "European Standard Population 2013",
          ImmutableList.of(
              "0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
              "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"),
          ImmutableList.of(
              5000L, 5500L, 5500L, 5500L, 6000L, 6000L, 6500L, 7000L, 7000L, 7000L, 7000L, 6500L,
              6000L, 5500L, 5000L, 4000L, 2500L, 1500L, 1000L));

  /** Checks that every band has one positive weight and that the weights total at most {@code Long.MAX_VALUE}. */
  public StandardPopulation {
    checkNotNull(name, "name");
    checkNotNull(bands, "bands");
    checkNotNull(weights, "weights");
    checkArgument(
        bands.size() == weights.size() && !bands.isEmpty(),
        "weights must give one weight for each of %s bands but gave %s",
        bands.size(),
        weights.size());
    long total = 0;
    for (long weight : weights) {
      checkArgument(weight > 0, "weights must be positive but held %s", weight);
      checkArgument(
          weight <= Long.MAX_VALUE - total, "weights must total at most %s but were %s", Long.MAX_VALUE, weights);
      total += weight;
    }
  }

  /**
   * A standard population.
   *
   * @param name its name
   * @param bands the age bands' labels
   * @param weights the weight of each band
   * @return the population
   */
  public static StandardPopulation of(String name, List<String> bands, List<Long> weights) {
    return new StandardPopulation(name, ImmutableList.copyOf(bands), ImmutableList.copyOf(weights));
  }

  /** The number of bands. */
  public int size() {
    return bands.size();
  }

  /** The total weight. */
  public long total() {
    long total = 0;
    for (long weight : weights) {
      total += weight;
    }
    return total;
  }

  /**
   * The population in brief: {@code European Standard Population 2013 (19 bands, 0-4 to 90+, total
   * weight 100000)}; the weights themselves are {@link #weights()}.
   */
  @Override
  public String toString() {
    String span = bands.size() == 1 ? bands.get(0) : bands.get(0) + " to " + bands.get(bands.size() - 1);
    String counted = bands.size() == 1 ? "1 band" : bands.size() + " bands";
    return name + " (" + counted + ", " + span + ", total weight " + total() + ")";
  }
}
