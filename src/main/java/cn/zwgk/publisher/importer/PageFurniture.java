package cn.zwgk.publisher.importer;

import java.util.regex.Pattern;

/**
 * Recognises the lines a disclosure page shows around a report that are not part of it: print and
 * font-size controls (【打印】 【字体：大 中 小】), view counters (浏览次数), share and next/previous links.
 * Stateless.
 */
public final class PageFurniture {
  private static final Pattern CONTROLS =
      Pattern.compile("^(?:\\s*【[^】]{0,20}(?:】|$))+\\s*$|^【(?:打印|字体|关闭|收藏)");

  private static final Pattern SHORT_FURNITURE =
      Pattern.compile(
          "浏览次数|访问次数|阅读次数|点击数|阅读量|浏览量|分享到|扫一扫|打印本页|关闭窗口|返回顶部|上一篇|下一篇" + "|相关链接|网站标识码|ICP备|公网安备");

  private PageFurniture() {}

  /** Whether {@code line} is page furniture rather than text of the report. */
  public static boolean isFurniture(String line) {
    String text = line.strip();
    if (CONTROLS.matcher(text).find()) {
      return true;
    }
    return text.length() <= 80 && SHORT_FURNITURE.matcher(text).find();
  }
}
