package io.aiva.core.webhook;

import java.util.List;
import java.util.UUID;

/** An attempt about to be made: the delivery, where to, signed with which secrets. */
record Outgoing(UUID deliveryId, String url, List<String> secrets, Message message) {
}
