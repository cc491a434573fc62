package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Severity;
import cn.zwgk.publisher.problem.Text;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of the previous check, page by page, with what each page's rules read (see {@link
 * Rule}): kept beside the output by the build. An entry is reused only while its key (the
 * publisher's code, the settings, the page's bytes, its report's source) and the value of every
 * dependency it recorded are unchanged. A missing, unreadable or foreign file is an empty cache.
 */
final class CheckCache {
  static final int FORMAT = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one page's rules found ({@code rule id → findings}) and remembered. */
  record PageEntry(
      String key,
      Map<String, String> dependencies,
      Map<String, List<Finding>> findings,
      Map<String, List<String>> remembered) {}

  private final String runKey;
  private final Map<String, PageEntry> pages;

  private CheckCache(String runKey, Map<String, PageEntry> pages) {
    this.runKey = runKey;
    this.pages = pages;
  }

  static CheckCache empty(String runKey) {
    return new CheckCache(runKey, new ConcurrentHashMap<>());
  }

  PageEntry get(String page) {
    return pages.get(page);
  }

  void put(String page, PageEntry entry) {
    pages.put(page, entry);
  }

  int size() {
    return pages.size();
  }

  /** The cache in {@code file} if it was written for runs with {@code runKey}; else empty. */
  static CheckCache read(Path file, String runKey) {
    if (!Files.isRegularFile(file)) {
      return empty(runKey);
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root.path("format").asInt() != FORMAT || !runKey.equals(root.path("run").asText())) {
        return empty(runKey);
      }
      List<String> names = new ArrayList<>();
      root.path("names").forEach(n -> names.add(n.asText()));
      Map<String, String> values = new HashMap<>(); // one instance per repeated value (hashes)
      Map<String, PageEntry> pages = new ConcurrentHashMap<>();
      for (JsonNode p : root.path("pages")) {
        Map<String, String> deps = new HashMap<>();
        JsonNode d = p.path("d");
        for (int i = 0; i + 1 < d.size(); i += 2) {
          String value = d.get(i + 1).asText();
          deps.put(names.get(d.get(i).asInt()), values.computeIfAbsent(value, v -> v));
        }
        Map<String, List<Finding>> findings = new HashMap<>();
        p.path("f")
            .fields()
            .forEachRemaining(
                e -> {
                  List<Finding> list = new ArrayList<>();
                  for (JsonNode f : e.getValue()) {
                    list.add(
                        new Finding(
                            e.getKey(),
                            Severity.valueOf(f.get(0).asText()),
                            f.get(1).asText(),
                            f.get(2).asText(),
                            f.get(3).asInt(),
                            readText(f.get(4)),
                            readText(f.get(5))));
                  }
                  findings.put(e.getKey(), list);
                });
        Map<String, List<String>> remembered = new HashMap<>();
        p.path("r")
            .fields()
            .forEachRemaining(
                e -> {
                  List<String> list = new ArrayList<>();
                  e.getValue().forEach(v -> list.add(v.asText()));
                  remembered.put(e.getKey(), list);
                });
        pages.put(
            p.get("p").asText(), new PageEntry(p.get("k").asText(), deps, findings, remembered));
      }
      return new CheckCache(runKey, pages);
    } catch (IOException | RuntimeException e) {
      return empty(runKey);
    }
  }

  /** Writes the cache (atomically: a half-written file is never read as a cache). */
  void write(Path file) {
    Map<String, Integer> names = new HashMap<>();
    List<String> nameList = new ArrayList<>();
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (JsonGenerator g = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("format", FORMAT);
      g.writeStringField("run", runKey);
      g.writeArrayFieldStart("pages");
      for (Map.Entry<String, PageEntry> e : new TreeMap<>(pages).entrySet()) {
        PageEntry p = e.getValue();
        g.writeStartObject();
        g.writeStringField("p", e.getKey());
        g.writeStringField("k", p.key());
        g.writeArrayFieldStart("d");
        for (Map.Entry<String, String> dep : new TreeMap<>(p.dependencies()).entrySet()) {
          Integer id = names.get(dep.getKey());
          if (id == null) {
            id = nameList.size();
            names.put(dep.getKey(), id);
            nameList.add(dep.getKey());
          }
          g.writeNumber(id);
          g.writeString(dep.getValue());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("f");
        for (Map.Entry<String, List<Finding>> f : new TreeMap<>(p.findings()).entrySet()) {
          if (f.getValue().isEmpty()) {
            continue;
          }
          g.writeArrayFieldStart(f.getKey());
          for (Finding x : f.getValue()) {
            g.writeStartArray();
            g.writeString(x.severity().name());
            g.writeString(x.page());
            g.writeString(x.sourcePath());
            g.writeNumber(x.sourceLine());
            writeText(g, x.messageText());
            writeText(g, x.adviceText());
            g.writeEndArray();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeObjectFieldStart("r");
        for (Map.Entry<String, List<String>> r : new TreeMap<>(p.remembered()).entrySet()) {
          if (r.getValue().isEmpty()) {
            continue;
          }
          g.writeArrayFieldStart(r.getKey());
          for (String v : r.getValue()) {
            g.writeString(v);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("names");
      for (String n : nameList) {
        g.writeString(n);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write check cache " + tmp, e);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write check cache " + file, e);
    }
  }

  /**
   * A finding's text as it was made: a literal as a string, a message as its key and arguments, so
   * a reused finding prints in the language of the run that reuses it.
   */
  private static void writeText(JsonGenerator g, Text text) throws IOException {
    if (text.isLiteral()) {
      g.writeString(text.literal());
      return;
    }
    g.writeStartObject();
    g.writeStringField("k", text.key());
    g.writeArrayFieldStart("a");
    for (Object arg : text.args()) {
      if (arg instanceof Text nested) {
        writeText(g, nested);
      } else {
        g.writeString((String) arg);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static Text readText(JsonNode node) {
    if (node.isTextual()) {
      return Text.literal(node.asText());
    }
    List<Object> args = new ArrayList<>();
    for (JsonNode a : node.path("a")) {
      args.add(a.isTextual() ? a.asText() : readText(a));
    }
    return new Text(node.get("k").asText(), args, null);
  }
}
