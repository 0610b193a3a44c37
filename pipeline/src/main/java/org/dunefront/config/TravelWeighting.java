package org.dunefront.config;

/** Discount of distant arrivals in the protective value; names match {@code org.dunefront.ranking.TravelWeighting}. */
public enum TravelWeighting { NONE, DECAY_PER_KM, TRAVEL_TIME }
