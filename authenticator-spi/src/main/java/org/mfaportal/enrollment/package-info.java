/**
 * Top layer: the setup choice of the sign-in flow (a user without a second factor picks one of the
 * catalog's methods) and the marker of a passed second step. Imports the core only.
 */
package org.mfaportal.enrollment;
