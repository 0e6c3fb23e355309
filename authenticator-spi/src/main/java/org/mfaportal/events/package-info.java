/**
 * Core layer: what login events say about the second step (method, gateway, message id; never a
 * secret). Imports nothing of the project.
 */
package org.mfaportal.events;
