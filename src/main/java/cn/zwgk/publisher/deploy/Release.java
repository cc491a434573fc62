package cn.zwgk.publisher.deploy;

import java.util.Objects;

/**
 * One release folder on the server.
 *
 * @param id folder name under {@code releases/}, {@code yyyyMMdd'T'HHmmss'Z'-<build hash>}
 * @param complete whether every file was verified and the release manifest put in place
 */
public record Release(String id, boolean complete) {
  public Release {
    Objects.requireNonNull(id, "id");
  }
}
