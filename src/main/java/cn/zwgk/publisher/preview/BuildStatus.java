package cn.zwgk.publisher.preview;

import java.util.List;

/**
 * The state pages poll: {@code version} grows with every successful build (pages reload when it
 * changes); {@code errors} holds the problems of the last build when it failed, empty otherwise,
 * and {@code heading} the line the error panel shows above them, in the reader's language.
 */
public record BuildStatus(long version, List<String> errors, String heading) {
  static final BuildStatus NONE = new BuildStatus(0, List.of());

  public BuildStatus(long version, List<String> errors) {
    this(version, errors, "");
  }

  /** The status as JSON, built by hand because it is three fields; no heading when it is empty. */
  String toJson() {
    StringBuilder out = new StringBuilder("{\"version\":").append(version);
    if (!heading.isEmpty()) {
      out.append(",\"heading\":\"").append(escape(heading)).append('"');
    }
    out.append(",\"errors\":[");
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
