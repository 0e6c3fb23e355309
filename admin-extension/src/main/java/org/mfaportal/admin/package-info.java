/**
 * Top layer (its own JAR): the admin REST API of the portal (settings, users' methods, question
 * catalog, token import) under /admin/realms/{realm}/mfa-portal. May import every layer of the
 * provider JAR; nothing there imports it.
 */
package org.mfaportal.admin;
