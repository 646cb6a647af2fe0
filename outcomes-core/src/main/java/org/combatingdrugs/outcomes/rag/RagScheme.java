package org.combatingdrugs.outcomes.rag;

/**
 * The RAG scheme a partnership chose for a metric: against a target with an amber tolerance
 * ({@link TargetToleranceScheme}), on the value projected to the target's due period ({@link
 * ProjectedAttainmentScheme}), against a trajectory from baseline to target ({@link
 * TrajectoryScheme}), or by bands of change with no target ({@link ChangeBandsScheme}). Each asks
 * for different inputs, so an assessment switches over the four kinds; a new kind fails that switch
 * at compile time.
 */
public sealed interface RagScheme
    permits TargetRagScheme, TrajectoryScheme, ChangeBandsScheme {}
