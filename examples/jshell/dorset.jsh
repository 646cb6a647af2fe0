// Dorset CDP progress report, July 2023, explored in JShell from the partnership's dataset.
// From the repository root, after the README's first command:
//   jshell --class-path "examples/target/classes:$(cat examples/target/jshell.classpath)" examples/jshell/dorset.jsh
import java.util.List;
import org.combatingdrugs.outcomes.area.*;
import org.combatingdrugs.outcomes.assess.*;
import org.combatingdrugs.outcomes.audit.*;
import org.combatingdrugs.outcomes.examples.*;
import org.combatingdrugs.outcomes.framework.*;
import org.combatingdrugs.outcomes.measure.*;
import org.combatingdrugs.outcomes.period.*;

// The dataset: every figure of the report, typed once in its JSON document
// (examples/src/main/resources/org/combatingdrugs/outcomes/examples/dorset-progress-report-2023-07.json),
// read by OutcomesJson.readDataset.
var data = DorsetData.progressReport();
System.out.println(data);

// One metric, area and period: every element computed, or absent with its reason.
var arrests = Assessor.assess(data, DorsetData.COUNTY_LINES_ARRESTS, Areas.DORSET, ReportingPeriods.parse("Q1 2023/24")).orElseThrow();
System.out.println("Projection: " + arrests.projection().orElseThrow());
System.out.println("Against last year: " + arrests.projectedChange().orElseThrow());
System.out.println("Trend: " + arrests.trend());

// The same, as a panel paper would say it.
var writer = PanelSentences.of(data.presentation()).withOwnArea(Areas.DORSET);
System.out.println(writer.sentence(arrests, SentencePart.PROJECTION, SentencePart.RATING));

// Pan-Dorset is BCP + Dorset: its counts are pooled, never its percentages averaged.
var card = Scorecards.of(data, Areas.PAN_DORSET_CDP, ReportingPeriods.parse("2022/23"));
var adults = card.line(NationalMetrics.NUMBERS_IN_TREATMENT.id()).orElseThrow();
System.out.println("Pan-Dorset adults in treatment: " + adults.assessment().orElseThrow().attainment().orElseThrow() + ", pooled from " + adults.pooledFrom().size() + " areas");
System.out.println("Pan-Dorset continuity of care: " + card.line(NationalMetrics.CONTINUITY_OF_CARE_PRISON.id()).orElseThrow().assessment().reason().orElseThrow().sentence());

// The audit of what the report printed beside its inputs.
var audit = ReportAudit.of(DorsetProgressReport.printedReport(data));
System.out.println(audit.finding("SOC disruptions"));
System.out.println(audit.summary());

// Working back from a printed "change (count)" pair of the Police and Crime Panel pack.
System.out.println("-3.1% (-24) implies a base of " + ImpliedRanges.basesOfChangeCount(PrintedFigure.parse("-3.1%"), PrintedFigure.parse("(-24)")));
/exit
