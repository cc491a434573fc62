package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import java.util.Optional;

/** The previous (older) and next (newer) published report of the same township. */
public record Neighbours(Optional<Report> previous, Optional<Report> next) {
  static final Neighbours NONE = new Neighbours(Optional.empty(), Optional.empty());
}
