package cn.zwgk.publisher.check;

import cn.zwgk.publisher.problem.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable report for CI: fixed key order, findings sorted, no timings or paths of the
 * machine, so the same site gives the same bytes.
 *
 * <pre>
 * {"passed": false, "errors": 1, "warnings": 0, "checked": 14, "unit": "pages",
 *  "rules": [{"rule": "spam", "severity": "error", "count": 1}],
 *  "findings": [{"rule": "spam", "severity": "error", "page": "reports/2025/x.html",
 *                "source": "content/reports/2025/x.md", "line": 14,
 *                "message": "…", "advice": "…"}]}
 * </pre>
 *
 * {@code source} is null and {@code line} 0 when a finding has no source.
 */
public final class JsonReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public void write(CheckResult result, PrintWriter out) {
    write(result, out, Messages.ENGLISH);
  }

  /** The report with message and advice in the language of {@code m}. */
  public void write(CheckResult result, PrintWriter out, Messages m) {
    ObjectNode root = JSON.createObjectNode();
    root.put("passed", !result.hasErrors());
    root.put("errors", result.errorCount());
    root.put("warnings", result.warningCount());
    root.put("checked", result.checked());
    root.put("unit", result.unit());
    Map<String, ObjectNode> rules = new LinkedHashMap<>();
    ArrayNode ruleArray = root.putArray("rules");
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      ObjectNode rule =
          rules.computeIfAbsent(
              f.severity() + " " + f.rule(),
              k ->
                  ruleArray
                      .addObject()
                      .put("rule", f.rule())
                      .put("severity", f.severity().label())
                      .put("count", 0));
      rule.put("count", rule.get("count").asInt() + 1);
      ObjectNode n = findings.addObject();
      n.put("rule", f.rule());
      n.put("severity", f.severity().label());
      n.put("page", f.page());
      if (f.sourcePath().isEmpty()) {
        n.putNull("source");
      } else {
        n.put("source", f.sourcePath());
      }
      n.put("line", f.sourceLine());
      n.put("message", f.message(m));
      n.put("advice", f.advice(m));
    }
    try {
      out.println(JSON.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON report", e);
    }
    out.flush();
  }
}
