package org.combatingdrugs.outcomes.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.combatingdrugs.outcomes.assess.Dataset;
import org.combatingdrugs.outcomes.exact.Exact;
import org.combatingdrugs.outcomes.measure.PublishedPercentage;
import org.combatingdrugs.outcomes.period.CalendarMonth;
import org.combatingdrugs.outcomes.period.CalendarQuarter;
import org.combatingdrugs.outcomes.period.CalendarYear;
import org.combatingdrugs.outcomes.period.CalendarYears;
import org.combatingdrugs.outcomes.period.DateRange;
import org.combatingdrugs.outcomes.period.FinancialQuarters;
import org.combatingdrugs.outcomes.period.FinancialYear;
import org.combatingdrugs.outcomes.period.FinancialYears;
import org.combatingdrugs.outcomes.period.MonthRange;
import org.combatingdrugs.outcomes.period.ReportingPeriod;
import org.combatingdrugs.outcomes.period.Rolling12Months;
import org.combatingdrugs.outcomes.period.YearToDate;

/**
 * Round trips: reading what was written gives an equal value (a dataset answers every lookup
 * alike), and writing again gives the same bytes; a document spoiled in one place is refused,
 * naming that place.
 */
class DatasetJsonProperties {

  @Property(tries = 150)
  void datasetsSurviveARoundTripByteForByte(@ForAll("datasets") Dataset dataset) throws Exception {
    String written = OutcomesJson.writeDataset(dataset);
    Dataset read = OutcomesJson.readDataset(written);
    Json.assertSameLookups(read, dataset);
    assertThat(OutcomesJson.writeDataset(read)).isEqualTo(written);
  }

  private static final Pattern PERIOD = Pattern.compile("\"period\": \"[^\"]*\"");

  @Property(tries = 100)
  void aSpoiledPeriodIsRefusedAtItsPath(@ForAll("datasets") Dataset dataset, @ForAll @IntRange(min = 0, max = 50) int pick) {
    String written = OutcomesJson.writeDataset(dataset);
    int measurements = dataset.size();
    if (measurements == 0) {
      return;
    }
    int index = pick % measurements;
    Matcher m = PERIOD.matcher(written.substring(written.indexOf("\"measurements\"")));
    for (int i = 0; i <= index; i++) {
      assertThat(m.find()).isTrue();
    }
    int at = written.indexOf("\"measurements\"") + m.start();
    String spoiled = written.substring(0, at) + "\"period\": \"2023/25\"" + written.substring(at + m.group().length());
    Throwable thrown = catchThrowable(() -> OutcomesJson.readDataset(spoiled));
    assertThat(thrown).isInstanceOf(OutcomesJsonException.class)
        .hasMessageStartingWith("$.measurements[" + index + "].period: '2023/25' is not read as a period");
  }

  @Property
  void exactNumbersSurviveARoundTrip(@ForAll BigInteger numerator, @ForAll("denominators") BigInteger denominator) {
    Exact x = Exact.of(numerator, denominator);
    String written = Json.write(x);
    assertThat(Json.read(written, Exact.class)).isEqualTo(x);
    assertThat(Json.write(Json.read(written, Exact.class))).isEqualTo(written);
  }

  @Property
  void decimalsAreReadExactlyWhateverTheirScale(@ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal d) {
    Exact read = Json.read(d.toPlainString(), Exact.class);
    assertThat(read).isEqualTo(Exact.of(d));
    assertThat(Json.read(Json.write(read), Exact.class)).isEqualTo(read);
  }

  @Property
  void publishedPercentagesKeepTheirPrintedPlaces(@ForAll @BigRange(min = "0", max = "100") @Scale(3) BigDecimal percent) {
    PublishedPercentage p = PublishedPercentage.of(percent);
    assertThat(Json.read(Json.write(p), PublishedPercentage.class)).isEqualTo(p);
  }

  @Property
  void everyKindOfPeriodIsWrittenAsALabelThatReadsBack(@ForAll("periods") ReportingPeriod period) {
    String written = Json.write(period);
    assertThat(written).isEqualTo("\"" + period.label() + "\"");
    ReportingPeriod read = Json.read(written, ReportingPeriod.class);
    assertThat(read).isEqualTo(period);
    assertThat(Json.read(written, period.getClass())).isEqualTo(period);
  }

  @Provide
  Arbitrary<Dataset> datasets() {
    return Arbitraries.randomValue(random -> new RandomDatasets(random).dataset());
  }

  @Provide
  Arbitrary<BigInteger> denominators() {
    return Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(30));
  }

  @Provide
  Arbitrary<ReportingPeriod> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2080);
    Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> quarters = Arbitraries.integers().between(1, 4);
    Arbitrary<Integer> spans = Arbitraries.integers().between(1, 5);
    return Arbitraries.oneOf(
        years.map(FinancialYear::of),
        Combinators.combine(years, quarters).as((y, q) -> FinancialYear.of(y).quarter(q)),
        Combinators.combine(years, spans).as((y, n) -> FinancialYears.of(FinancialYear.of(y), FinancialYear.of(y + n))),
        Combinators.combine(years, Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 3))
            .as((y, a, n) -> FinancialQuarters.of(FinancialYear.of(y).quarter(a), FinancialYear.of(y).quarter(Math.min(4, a + n)))),
        Combinators.combine(years, months).as(CalendarMonth::of),
        Combinators.combine(years, months, spans).as((y, m, n) -> MonthRange.of(CalendarMonth.of(y, m), CalendarMonth.of(y + n, m))),
        Combinators.combine(years, quarters).as(CalendarQuarter::of),
        years.map(CalendarYear::of),
        Combinators.combine(years, spans).as((y, n) -> CalendarYears.of(CalendarYear.of(y), CalendarYear.of(y + n))),
        Combinators.combine(years, months).as((y, m) -> YearToDate.through(CalendarMonth.of(y, m))),
        Combinators.combine(years, months).as((y, m) -> Rolling12Months.endingWith(CalendarMonth.of(y, m))),
        Combinators.combine(years, Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 800))
            .as((y, from, days) -> DateRange.of(LocalDate.of(y, 1, 1).plusDays(from), LocalDate.of(y, 1, 1).plusDays(from + days))));
  }
}
