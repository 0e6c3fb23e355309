/**
 * Phone numbers from a company directory (issue 15.1): the user attributes Keycloak's LDAP provider
 * fills, read at sign-in and setup, offered at setup ("suggest") or kept as the user's phone
 * methods ("enrolled").
 */
package org.mfaportal.phone.directory;
