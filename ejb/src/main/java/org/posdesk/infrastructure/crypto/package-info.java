/** Encryption of secrets at rest (terminal keys) under a key that only configuration supplies. */
package org.posdesk.infrastructure.crypto;
