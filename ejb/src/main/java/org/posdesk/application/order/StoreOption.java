package org.posdesk.application.order;

import java.io.Serializable;

public record StoreOption(long id, String code, String name) implements Serializable {
}
