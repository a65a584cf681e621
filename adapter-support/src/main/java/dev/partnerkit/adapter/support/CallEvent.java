package dev.partnerkit.adapter.support;

/** What a {@link CallListener} hears: a marker for the events of the journal and of the call pipeline. */
public interface CallEvent {}
