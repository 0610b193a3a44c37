package org.dunefront.sweep;

/**
 * How stable one patch is across the runs of a sweep.
 *
 * @param patchId            the patch
 * @param runs               runs in which the patch exists
 * @param selectionFrequency fraction of all runs in which it was selected (phase &gt; 0)
 * @param rankMean           mean rank over the runs in which it exists
 * @param rankSd             population standard deviation of that rank
 * @param modalPhase         most frequent phase over all runs (0 = not selected; ties → lower phase)
 * @param phaseAgreement     fraction of all runs giving it the modal phase
 */
public record PatchStability(String patchId, int runs, double selectionFrequency, double rankMean, double rankSd,
                             int modalPhase, double phaseAgreement) { }
