package org.dunefront.ranking;

/** Whether larger raw values of a criterion make a patch more (benefit) or less (cost) desirable. */
public enum CriterionDirection {
    /** Larger is better: normalised (x − min)/(max − min). */
    BENEFIT,
    /** Smaller is better: normalised (max − x)/(max − min). */
    COST
}
