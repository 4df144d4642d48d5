/** The administrators' Backups page: every backup with its verification, and "back up now". */
package org.posdesk.interfaces.web.backups;
