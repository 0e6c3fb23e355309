/**
 * Methods layer: security questions, the fallback after a failed second step. Imports the core
 * only; never another method.
 */
package org.mfaportal.questions;
