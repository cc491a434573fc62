package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.importer.SourceBlock.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the title block of a report: issuing-body lines ({@code 垫江县坪山镇人民政府}, two bodies on one
 * line separated by spaces), the title line (short, no sentence end, words such as 报告 or 总结), and
 * an addressee line ending in a colon, which ends the block. The body starts at the first line that
 * is none of these, so a headerless report has an empty block. Stateless.
 */
public final class TitleBlockReader {
  /** How many lines the title block may have at most. */
  private static final int MAX_LINES = 6;

  private static final int MAX_TITLE_LENGTH = 60;

  private static final Pattern BODY_NAME =
      Pattern.compile("^(?:中共|中国共产党)?\\p{IsHan}{2,30}?(?:人民政府|委员会|党委|街道办事处|办事处|管理委员会|政府)$");

  private static final Pattern TITLE_WORD = HeadReader.TITLE_WORD;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");

  private static final Pattern COMPLETE_TITLE = Pattern.compile("(?:报告|总结|思路|要点|计划|汇报)$");

  private TitleBlockReader() {}

  public static TitleBlock read(List<SourceBlock> blocks) {
    List<String> bodies = new ArrayList<>();
    StringBuilder title = new StringBuilder();
    Optional<SourcePosition> titleAt = Optional.empty();
    String addressee = "";
    int i = 0;
    for (; i < Math.min(blocks.size(), MAX_LINES); i++) {
      if (!(blocks.get(i) instanceof Paragraph p) || p.styleLevel() > 2) {
        break;
      }
      String text = p.text();
      List<String> names = bodyNames(text);
      if (!names.isEmpty() && title.length() == 0) {
        bodies.addAll(names);
      } else if (text.endsWith("：") || text.endsWith(":")) {
        if (text.length() <= MAX_TITLE_LENGTH && !SENTENCE_END.matcher(text).find()) {
          addressee = text;
        }
        break;
      } else if (isTitleLike(text) && OfficialHeadingParser.marker(text).isEmpty()) {
        if (title.length() > 0 && COMPLETE_TITLE.matcher(title).find()) {
          break;
        }
        if (title.length() == 0) {
          titleAt = Optional.of(p.at());
        }
        title.append(text);
      } else {
        break;
      }
    }
    if (title.length() == 0 && !bodies.isEmpty()) {
      // Issuer lines without a title are not a title block we understand; keep them in the body.
      return new TitleBlock("", Optional.empty(), List.of(), "", 0);
    }
    return new TitleBlock(title.toString(), titleAt, bodies, addressee, i);
  }

  /** The issuing bodies named on {@code line}, or none when it is not an issuer line. */
  static List<String> bodyNames(String line) {
    List<String> names = new ArrayList<>();
    for (String part : line.strip().split("[\\s\\u3000\\u00A0]{1,}")) {
      if (!BODY_NAME.matcher(part).matches()) {
        return List.of();
      }
      names.add(part);
    }
    return names;
  }

  private static boolean isTitleLike(String text) {
    return text.length() <= MAX_TITLE_LENGTH
        && !SENTENCE_END.matcher(text).find()
        && TITLE_WORD.matcher(text).find();
  }
}
