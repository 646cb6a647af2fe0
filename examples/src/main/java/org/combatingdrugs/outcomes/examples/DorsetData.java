package org.combatingdrugs.outcomes.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.framework.Metric;
import org.combatingdrugs.outcomes.json.OutcomesJson;

/**
 * The Dorset datasets, read from the JSON documents beside this class, where every figure is typed
 * once: the progress report of July 2023 ({@code seeds/002}, {@value #PROGRESS_REPORT}) and the
 * Police and Crime Panel's continuity-of-care ratings of July 2024 ({@code seeds/004}, {@value
 * #PANEL}). The two are separate datasets because they set different targets for the same metric
 * and area (the national 75% ambition, and the panel's local targets of 58% and 57%). This class
 * adds nothing a document cannot say: it reads them, and names the partnership's own metrics for
 * programs and JShell.
 */
public final class DorsetData {

  /** The progress report's dataset document, a resource beside this class. */
  public static final String PROGRESS_REPORT = "dorset-progress-report-2023-07.json";

  /** The panel's dataset document, a resource beside this class. */
  public static final String PANEL = "dorset-police-and-crime-panel-2024-07.json";

  private static final Dataset PROGRESS = read(PROGRESS_REPORT);

  private static final Dataset PANEL_DATA = read(PANEL);

  /** The partnership's own enforcement metric, which the national catalogue does not hold. */
  public static final Metric COUNTY_LINES_ARRESTS = local("county-lines-arrests");

  /** Disruptions of serious and organised crime. */
  public static final Metric SOC_DISRUPTIONS = local("soc-disruptions");

  /** Cash seized. */
  public static final Metric CASH_SEIZED = local("cash-seized");

  /** Young people in treatment (the catalogue's numbers in treatment counts adults). */
  public static final Metric YOUNG_PEOPLE_IN_TREATMENT = local("young-people-in-treatment");

  /** Residential rehabilitation placements. */
  public static final Metric RESIDENTIAL_REHAB = local("residential-rehab-placements");

  /** Deaths registered in the year, as the report counts them (the national metric is a rate). */
  public static final Metric DRUG_RELATED_DEATHS = local("drug-related-deaths");

  private DorsetData() {}

  /**
   * The figures of the progress report of July 2023.
   *
   * @return the dataset read from {@value #PROGRESS_REPORT}
   */
  public static Dataset progressReport() {
    return PROGRESS;
  }

  /**
   * The Police and Crime Panel's continuity-of-care figures and local targets of July 2024.
   *
   * @return the dataset read from {@value #PANEL}
   */
  public static Dataset panelJuly2024() {
    return PANEL_DATA;
  }

  /**
   * Reads a dataset document shipped beside this class.
   *
   * @param name the resource's name, such as {@value #PROGRESS_REPORT}
   * @return the dataset
   * @throws UncheckedIOException when the resource is missing or refused
   */
  public static Dataset read(String name) {
    try (InputStream in = DorsetData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("no dataset document " + name + " beside " + DorsetData.class));
      }
      return OutcomesJson.readDataset(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the dataset document " + name + " is refused: " + e.getMessage(), e);
    }
  }

  private static Metric local(String id) {
    return PROGRESS
        .metric(id)
        .orElseThrow(() -> new IllegalStateException(PROGRESS_REPORT + " defines no metric " + id));
  }
}
