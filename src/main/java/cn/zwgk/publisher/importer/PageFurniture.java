package cn.zwgk.publisher.importer;

import cn.zwgk.publisher.residue.PortalChrome;
import java.util.regex.Pattern;

/**
 * Recognises the lines at the end of a copied page that are not part of its report: portal chrome
 * by the lexicon the site check also uses ({@link PortalChrome}: print and font controls, view
 * counters, share links), and the site's footer and neighbour links (网站标识码, ICP备, 上一篇 …), which
 * only count at the end of a text. Stateless.
 */
public final class PageFurniture {
  private static final Pattern FOOTER =
      Pattern.compile(
          "网站标识码|ICP备|公网安备|上一篇|下一篇|相关链接|主办单位|承办单位|版权所有|技术支持|联系我们|网站地图" + "|建议使用.{0,20}浏览器");

  private PageFurniture() {}

  /** Whether {@code line}, standing at the end of a text, is page furniture. */
  public static boolean isFurniture(String line) {
    String text = line.strip();
    if (PortalChrome.shipped().isChrome(text, PortalChrome.Where.BODY)) {
      return true;
    }
    return text.length() <= 120 && FOOTER.matcher(text).find();
  }
}
