package org.mfaportal.oath;

/** A token read from a file, with where it was (for messages about it). */
public record ImportedRecord(int record, OathToken token) {}
