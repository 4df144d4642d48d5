/**
 * The terminal simulator: POS terminals that speak device protocol profile 1 to posdesk the way
 * real ones do — store-and-forward, one outstanding request per connection, host-initiated
 * commands, settlement with batch upload — plus the scenarios that drive a fleet of them and the
 * ground-truth check of what posdesk stored. Card numbers are test data; only BIN and last four
 * ever leave a terminal in clear.
 */
package org.posdesk.sim;
