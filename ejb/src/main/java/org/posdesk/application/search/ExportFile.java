package org.posdesk.application.search;

import java.nio.file.Path;

/** A finished export, ready to be sent to its owner. */
public record ExportFile(Path path, String fileName, String contentType, long size) {
}
