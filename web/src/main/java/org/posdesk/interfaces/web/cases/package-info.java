/** The help desk's pages: the case queue, one case, and the merchant's "report a missing order". */
package org.posdesk.interfaces.web.cases;
