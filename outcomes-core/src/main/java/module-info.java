/**
 * The outcomes library's pure domain: exact values, reporting periods, the national catalogue,
 * and the calculators for change, projection, targets, RAG, statistics and XmR charts.
 *
 * <p>Every package is exported except {@code data}, which reads the catalogue's bundled tables.
 * Guava's immutable collections appear in signatures, so Guava is read transitively; Commons
 * Statistics is an implementation detail.
 */
module org.combatingdrugs.outcomes.core {
  requires transitive com.google.common;
  requires static transitive jsr305;
  requires static transitive com.google.errorprone.annotations;
  requires org.apache.commons.statistics.distribution;

  exports org.combatingdrugs.outcomes.aggregate;
  exports org.combatingdrugs.outcomes.assess;
  exports org.combatingdrugs.outcomes.area;
  exports org.combatingdrugs.outcomes.audit;
  exports org.combatingdrugs.outcomes.calc;
  exports org.combatingdrugs.outcomes.exact;
  exports org.combatingdrugs.outcomes.framework;
  exports org.combatingdrugs.outcomes.judgement;
  exports org.combatingdrugs.outcomes.measure;
  exports org.combatingdrugs.outcomes.period;
  exports org.combatingdrugs.outcomes.rag;
  exports org.combatingdrugs.outcomes.result;
  exports org.combatingdrugs.outcomes.spc;
  exports org.combatingdrugs.outcomes.stats;
  exports org.combatingdrugs.outcomes.target;
}
