package org.combatingdrugs.outcomes.rag;

/**
 * The RAG scheme a partnership chose for a metric: against a target with an amber tolerance
 * ({@link TargetToleranceScheme}), on the value projected to the target's due period ({@link
 * ProjectedAttainmentScheme}), against a trajectory from baseline to target ({@link
 * TrajectoryScheme}), or by bands of change with no target ({@link ChangeBandsScheme}). Each asks
 * for different inputs; the interface is sealed so that the kinds an assessment handles are all the
 * kinds there are.
 */
public sealed interface RagScheme
    permits TargetRagScheme, TrajectoryScheme, ChangeBandsScheme {}
