/**
 * Setting up the app: the required action with its QR code, activation and first approval. Imports
 * push.device and below (see the order in org.mfaportal.push).
 */
package org.mfaportal.push.enrollment;
