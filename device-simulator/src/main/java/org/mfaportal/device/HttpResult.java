package org.mfaportal.device;

/** A raw HTTP reply, for tests that send what the app never would. */
public record HttpResult(int status, String body) {}
