package cn.zwgk.publisher.deploy;

import java.util.List;
import java.util.Optional;

/**
 * The releases on a server, oldest first, and which one {@code current} points to.
 *
 * @param server the deploy folder
 * @param releases release folders, oldest first
 * @param live the id of the live release, if any
 */
public record ReleaseListing(String server, List<Release> releases, Optional<String> live) {
  public ReleaseListing {
    releases = List.copyOf(releases);
  }
}
