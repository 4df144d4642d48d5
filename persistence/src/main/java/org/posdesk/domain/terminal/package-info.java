/** POS terminals, every contact they make with posdesk, and the offline gaps between contacts. */
package org.posdesk.domain.terminal;
