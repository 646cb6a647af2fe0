/**
 * Checking published figures against the exact values they should show: does a printed
 * percentage, projection or total follow from its printed inputs?
 *
 * <p>One figure at a time: {@link org.combatingdrugs.outcomes.audit.FigureCheck}, {@link
 * org.combatingdrugs.outcomes.audit.ChangeCheck}, {@link
 * org.combatingdrugs.outcomes.audit.ProjectionCheck}, {@link
 * org.combatingdrugs.outcomes.audit.PrintedFigureCheck} and {@link
 * org.combatingdrugs.outcomes.audit.TotalCheck}. A whole report: a {@link
 * org.combatingdrugs.outcomes.audit.PrintedReport} of {@link
 * org.combatingdrugs.outcomes.audit.ReportItem}s, audited by {@link
 * org.combatingdrugs.outcomes.audit.ReportAudit} into one {@link
 * org.combatingdrugs.outcomes.audit.Finding} per figure — a {@link
 * org.combatingdrugs.outcomes.audit.Verdict}, the {@link org.combatingdrugs.outcomes.audit.Slip}s
 * that explain it or the {@link org.combatingdrugs.outcomes.audit.NotCheckableReason} — and an
 * {@link org.combatingdrugs.outcomes.audit.AuditSummary}. Working back from printed figures to the
 * whole-number inputs they allow, by arithmetic on the rounding interval: {@link
 * org.combatingdrugs.outcomes.audit.ImpliedRanges}, giving a {@link
 * org.combatingdrugs.outcomes.audit.WholeRange}.
 *
 * <p>Immutable and thread-safe.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package org.combatingdrugs.outcomes.audit;

import javax.annotation.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
