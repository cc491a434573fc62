package cn.zwgk.publisher.preview;

import java.util.List;

/**
 * The state pages poll: {@code version} grows with every successful build (pages reload when it
 * changes); {@code errors} holds the problems of the last build when it failed, empty otherwise.
 */
public record BuildStatus(long version, List<String> errors) {
  static final BuildStatus NONE = new BuildStatus(0, List.of());

  /** The status as JSON, built by hand because it is two fields. */
  String toJson() {
    StringBuilder out = new StringBuilder("{\"version\":").append(version).append(",\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(escape(errors.get(i))).append('"');
    }
    return out.append("]}").toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
