package org.combatingdrugs.outcomes.audit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A printed report as data: its name and the derived figures it printed, each with the printed
 * inputs beside it, and which figures took an input from another figure of the report (Dorset's
 * "37.8% increase" in cash seized is computed from its own printed projection of £94,304).
 *
 * @param name the report's name: {@code "Dorset CDP progress report, July 2023"}
 * @param items the printed figures, in the report's order, labels unique; at most 10,000
 * @param inputsFrom for a figure's label, the labels of the figures it took an input from
 */
public record PrintedReport(
    String name, ImmutableList<ReportItem> items, ImmutableSetMultimap<String, String> inputsFrom) {

  private static final int MAX_ITEMS = 10_000;

  /** Checks the labels are unique and every figure named in {@code inputsFrom} is in the report. */
  public PrintedReport {
    checkNotNull(name, "name");
    checkNotNull(items, "items");
    checkNotNull(inputsFrom, "inputsFrom");
    ItemChecks.check("name", name);
    checkArgument(
        items.size() <= MAX_ITEMS,
        "items must number at most %s but were %s",
        (Integer) MAX_ITEMS,
        (Integer) items.size());
    Set<String> labels = new HashSet<>();
    for (ReportItem item : items) {
      checkArgument(
          labels.add(item.label()),
          "items must have distinct labels but '%s' came twice",
          item.label());
    }
    for (Map.Entry<String, String> entry : inputsFrom.entries()) {
      checkArgument(
          labels.contains(entry.getKey()),
          "inputsFrom names '%s', which is not an item of %s",
          entry.getKey(),
          name);
      checkArgument(
          labels.contains(entry.getValue()),
          "inputsFrom names '%s', which is not an item of %s",
          entry.getValue(),
          name);
      checkArgument(
          !entry.getKey().equals(entry.getValue()),
          "inputsFrom must not make '%s' an input of itself",
          entry.getKey());
    }
  }

  /**
   * A report whose figures were each derived from the inputs printed beside them.
   *
   * @param name the report's name
   * @param items the printed figures, labels unique
   * @return the report
   */
  public static PrintedReport of(String name, List<? extends ReportItem> items) {
    checkNotNull(items, "items");
    checkArgument(
        items.size() <= MAX_ITEMS,
        "items must number at most %s but were %s",
        (Integer) MAX_ITEMS,
        (Integer) items.size());
    return new PrintedReport(name, ImmutableList.copyOf(items), ImmutableSetMultimap.of());
  }

  /**
   * This report, with one figure marked as taking an input from another: {@code withInputFrom("Cash
   * seized", "Cash seized, projected")}.
   *
   * @param label the figure that took the input
   * @param source the figure whose printed value it took
   * @return the report with the link added
   * @throws IllegalArgumentException when either label is not in the report, or they are the same
   */
  public PrintedReport withInputFrom(String label, String source) {
    checkNotNull(label, "label");
    checkNotNull(source, "source");
    return new PrintedReport(
        name,
        items,
        ImmutableSetMultimap.<String, String>builder()
            .putAll(inputsFrom)
            .put(label, source)
            .build());
  }

  /**
   * This report with every figure read as printed by another rounding: a report that rounds half to
   * even, or truncates, is audited against what that rounding prints. Printing is taken to round
   * half up until said otherwise.
   *
   * @param rounding how the report rounded; never {@code UNNECESSARY}
   * @return the report
   * @throws IllegalArgumentException when the rounding is {@code UNNECESSARY}
   */
  public PrintedReport roundedBy(RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return new PrintedReport(
        name,
        items.stream().map(i -> i.roundedBy(rounding)).collect(ImmutableList.toImmutableList()),
        inputsFrom);
  }

  /**
   * The figure with a label.
   *
   * @param label the label
   * @return the figure
   * @throws IllegalArgumentException when no figure has that label
   */
  public ReportItem item(String label) {
    checkNotNull(label, "label");
    return items.stream()
        .filter(i -> i.label().equals(label))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "label must be an item of " + name + " but was '" + label + "'"));
  }

  /**
   * The name and the number of figures: {@code Dorset CDP progress report, July 2023 (9 figures)}.
   */
  @Override
  public String toString() {
    return name + " (" + items.size() + (items.size() == 1 ? " figure)" : " figures)");
  }
}
