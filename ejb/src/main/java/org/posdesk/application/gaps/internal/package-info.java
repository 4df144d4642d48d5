/** The offline-gap detection behind {@link org.posdesk.application.gaps.OfflineGapDetection}. */
package org.posdesk.application.gaps.internal;
