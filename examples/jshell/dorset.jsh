// Dorset CDP progress report, July 2023, recomputed by hand in JShell.
// From the repository root, after the README's first command:
//   jshell --class-path "$(cat examples/target/jshell.classpath)" examples/jshell/dorset.jsh
import java.math.*;
import org.combatingdrugs.outcomes.audit.*;
import org.combatingdrugs.outcomes.calc.*;
import org.combatingdrugs.outcomes.framework.*;
import org.combatingdrugs.outcomes.judgement.*;
import org.combatingdrugs.outcomes.measure.*;
import org.combatingdrugs.outcomes.period.*;
import org.combatingdrugs.outcomes.rag.*;
import org.combatingdrugs.outcomes.stats.*;
import org.combatingdrugs.outcomes.target.*;

var year = ReportingPeriods.parse("2023/24");
var q1 = ReportingPeriods.parse("Q1 2023/24");
var fmt = ChangeFormat.of(1, RoundingMode.HALF_UP);

// County lines arrests: 38 in the first quarter, 80 last year.
var countyLines = Projections.runRate(Quantity.count(38), q1, year, ElapsedBasis.QUARTERS);
System.out.println("County lines: projected " + countyLines.value() + ", " + fmt.format(countyLines.changeFrom(Quantity.count(80))));

// SOC disruptions: 259 in the first quarter, 964 last year; the report printed 7.4%.
var soc = Projections.runRate(Quantity.count(259), q1, year, ElapsedBasis.QUARTERS);
var socCheck = ChangeCheck.of(new BigDecimal("7.4"), soc.changeFrom(Quantity.count(964)), RoundingMode.HALF_UP);
System.out.println("SOC disruptions: projected " + soc.value() + ", printed 7.4%, expected " + socCheck.figure().expected() + "%: " + socCheck.slips());

// Neighbourhood crimes: 101 in the half-year, 188 last year; the report printed 6.9%.
var halfYear = ReportingPeriods.parse("2023/24 to September");
var crimes = Projections.runRate(Quantity.count(101), halfYear, year, ElapsedBasis.MONTHS);
var crimesCheck = ChangeCheck.of(new BigDecimal("6.9"), crimes.changeFrom(Quantity.count(188)), RoundingMode.HALF_UP);
System.out.println("Neighbourhood crimes: " + fmt.format(crimes.changeFrom(Quantity.count(188))) + ", printed 6.9%: " + crimesCheck.slips());

// Cash seized: £23,756 in the first quarter; the report printed a projection of £94,304.
var cash = Projections.runRate(Quantity.pounds("23756"), q1, year, ElapsedBasis.QUARTERS);
var cashCheck = ProjectionCheck.of(new BigDecimal("94304"), cash, RoundingMode.HALF_UP);
System.out.println("Cash seized: projected " + cash.value().format(0, RoundingMode.HALF_UP) + ", printed £94,304 implies " + cashCheck.impliedObservedValue() + " so far: " + cashCheck.slips());

// Continuity of care: 45.2% in BCP against the 75% ambition for 2024/25.
var ambition = Target.reach(Quantity.percent("75"), ReportingPeriods.parse("2024/25"));
System.out.println("BCP continuity of care: " + ambition.attainmentOf(Quantity.percent("45.2"), NationalMetrics.CONTINUITY_OF_CARE_PRISON).orElseThrow());

// Police and Crime Panel, July 2024: Dorset 55% against a 58% target, 5-point amber tolerance.
var scheme = TargetToleranceScheme.of(Tolerance.points(new BigDecimal("5")));
System.out.println("Dorset continuity of care: " + scheme.rate(Quantity.percent("55"), Target.reach(Quantity.percent("58"), ReportingPeriods.parse("2024/25")), NationalMetrics.CONTINUITY_OF_CARE_PRISON).orElseThrow().status());
// Any national metric by name, and whether 59 -> 55 deaths is a real change.
System.out.println(NationalMetrics.CONTINUITY_OF_CARE_PRISON + " serves " + NationalMetrics.CONTINUITY_OF_CARE_PRISON.outcome().orElseThrow().title());
var deathsTest = PoissonChange.test(59, 55, ConfidenceLevel.NINETY_FIVE);
System.out.println("Deaths 59 -> 55: " + deathsTest.direction() + " (significant: " + deathsTest.isSignificant() + ")");
/exit
