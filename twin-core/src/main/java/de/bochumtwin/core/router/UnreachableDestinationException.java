package de.bochumtwin.core.router;

/**
 * A network leg whose destination link cannot be reached from its origin link on the links that
 * allow its mode. The message names the person, the leg, both link ids and the usual fixes.
 */
public final class UnreachableDestinationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String personId;
  private final int legIndex;
  private final String mode;
  private final String fromLinkId;
  private final String toLinkId;

  public UnreachableDestinationException(String personId, int legIndex, String mode, String fromLinkId, String toLinkId) {
    super("person '" + personId + "', leg " + legIndex + " (" + mode + ", counting legs from 0): no route from link '"
        + fromLinkId + "' to link '" + toLinkId + "' on links that allow '" + mode + "'. Check the allowed modes of the"
        + " links around both ends and the network's connectivity (keep only the strongly connected part of the '" + mode
        + "' network, or move the activities to links inside it).");
    this.personId = personId;
    this.legIndex = legIndex;
    this.mode = mode;
    this.fromLinkId = fromLinkId;
    this.toLinkId = toLinkId;
  }

  public String personId() {
    return personId;
  }

  public int legIndex() {
    return legIndex;
  }

  public String mode() {
    return mode;
  }

  public String fromLinkId() {
    return fromLinkId;
  }

  public String toLinkId() {
    return toLinkId;
  }
}
