/** Merchants (identified by their MID) and the stores (门店) that their terminals stand in. */
package org.posdesk.domain.merchant;
