package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.problem.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the header of an imported report from what its input states: a disclosure page's metadata
 * block first, then the title block and the text. Values the input does not state are left empty;
 * how a value was chosen, when there was a choice, goes to the notes. One use per report.
 */
final class HeaderAssembler {
  private final SourceDocument doc;
  private final TitleBlock titleBlock;
  private final List<SourceBlock> body;
  private final List<Text> notes;

  HeaderAssembler(
      SourceDocument doc, TitleBlock titleBlock, List<SourceBlock> body, List<Text> notes) {
    this.doc = doc;
    this.titleBlock = titleBlock;
    this.body = body;
    this.notes = notes;
  }

  /** Puts every header key into {@code header} and the input position of stated values. */
  void fill(Map<String, String> header, Map<String, SourcePosition> stated) {
    for (String key : ReportFileWriter.KEY_ORDER) {
      header.put(key, "");
    }
    header.put("type", "report");
    header.put("status", "draft");
    page("名称", "title", header, stated);
    page("发布日期", "date", header, stated);
    page("成文日期", "written", header, stated);
    page("索引号", "index_number", header, stated);
    page("分类", "category", header, stated);
    page("发布机构", "issuer", header, stated);
    page("文号", "doc_number", header, stated);
    page("主题词", "subject_words", header, stated);
    for (String key : List.of("date", "written")) {
      String value = header.get(key);
      ReportFieldReader.statedDate(value)
          .map(LocalDate::toString)
          .filter(iso -> !iso.equals(value))
          .ifPresent(
              iso -> {
                notes.add(Text.of("import.note.date", key, value, iso));
                header.put(key, iso);
              });
    }
    if (header.get("title").isEmpty()) {
      page(ScrapedTextReader.TITLE_LINE, "title", header, stated);
      if (!header.get("title").isEmpty()) {
        notes.add(Text.of("import.note.title_line", stated.get("title")));
      }
    }
    if (header.get("title").isEmpty() && !titleBlock.title().isEmpty()) {
      header.put("title", titleBlock.title());
      titleBlock.titleAt().ifPresent(at -> stated.put("title", at));
    }
    if (header.get("issuer").isEmpty()) {
      issuerFromTitleBlock().ifPresent(i -> header.put("issuer", i));
    }
    place(header);
    if (header.get("written").isEmpty()) {
      ReportFieldReader.writtenDate(body).ifPresent(d -> header.put("written", d.toString()));
    }
    DocumentKind.apply(header);
    ReportFieldReader.reportYear(header.get("title"), body)
        .ifPresent(y -> header.put("year", String.valueOf(y)));
    if (header.get("title").isEmpty()) {
      notes.add(Text.of("import.note.no_title"));
    }
  }

  private void page(
      String label, String key, Map<String, String> header, Map<String, SourcePosition> stated) {
    PageField f = doc.pageFields().get(label);
    if (f != null && !f.value().isEmpty()) {
      header.put(key, f.value());
      stated.put(key, f.at());
    }
  }

  /** The government among the issuing bodies (a report is the government's), else the first. */
  private Optional<String> issuerFromTitleBlock() {
    List<String> bodies = titleBlock.issuingBodies();
    if (bodies.isEmpty()) {
      return Optional.empty();
    }
    String chosen =
        bodies.stream()
            .filter(b -> b.endsWith("政府") || b.endsWith("办事处"))
            .findFirst()
            .orElse(bodies.get(0));
    if (bodies.size() > 1) {
      notes.add(
          Text.of("import.note.issuing_bodies", bodies.size(), String.join(", ", bodies), chosen));
    }
    return Optional.of(chosen);
  }

  private void place(Map<String, String> header) {
    ReportFieldReader.Place place = ReportFieldReader.placeOf(header.get("issuer"));
    if (place.township().isEmpty()) {
      for (String b : titleBlock.issuingBodies()) {
        if (!ReportFieldReader.placeOf(b).township().isEmpty()) {
          place = ReportFieldReader.placeOf(b);
          break;
        }
      }
    }
    if (place.township().isEmpty()) {
      place = ReportFieldReader.placeOf(header.get("title"));
    }
    header.put("township", place.township());
    String county = place.county();
    if (county.isEmpty()) {
      county = ReportFieldReader.countyOfAddressee(titleBlock.addressee());
    }
    header.put("county", county);
  }
}
