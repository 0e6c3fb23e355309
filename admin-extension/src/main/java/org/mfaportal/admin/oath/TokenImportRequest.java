package org.mfaportal.admin.oath;

/**
 * The body of an import: {@code format} "pskc" or "csv", the file's text, and for a PSKC file with
 * encrypted secrets the pre-shared key in hex. The key travels in the body, never in the URL
 * (logs).
 */
public record TokenImportRequest(String format, String content, String preSharedKey) {}
