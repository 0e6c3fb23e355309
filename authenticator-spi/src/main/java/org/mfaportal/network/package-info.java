/**
 * Core layer: IPv4/IPv6 addresses and CIDR ranges, parsed and matched; used by the trusted-ranges
 * setting and the trusted-network condition. Imports nothing of the project.
 */
package org.mfaportal.network;
