/** What runs once when posdesk starts: schema migration, and the demo tenant in demo mode. */
package org.posdesk.infrastructure.startup;
