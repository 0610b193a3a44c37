package org.dunefront.workflow;

/**
 * Which stages to run.
 *
 * @param target last stage to run (its upstream stages run first when out of date); null = all
 * @param force  rerun every selected stage even when up to date
 * @param from   rerun this stage and every later selected one even when up to date; null = none
 */
public record RunRequest(String target, boolean force, String from) {
    public static RunRequest all() {
        return new RunRequest(null, false, null);
    }
}
