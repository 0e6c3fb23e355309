/**
 * "Don't ask again on this browser for N days" (issue 17.1): a server-side record per remembered
 * browser, stored as a credential of the user that is no second factor, and an HttpOnly cookie that
 * names the record and carries a secret whose hash only the record keeps. A flow condition skips
 * the second step for a valid one; enrollment, step-ups and locked users are never skipped.
 */
package org.mfaportal.remember;
