package cn.zwgk.publisher.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zwgk.publisher.problem.Language;
import cn.zwgk.publisher.problem.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor reads of every check rule, in Chinese (the default): the first finding of each
 * rule on its fixture site ({@code sites/invalid-<rule>/}), message and advice asserted in full.
 * {@code page_furniture} and {@code unsafe_url} have no fixture site of their own (the builder
 * never writes what they catch); their Chinese texts are asserted in {@code SiteCheckerTest} and
 * {@code UnsafeUrlRuleTest}.
 */
class ChineseFindingsIT {
  private static final Messages ZH = Messages.of(Language.ZH);

  @TempDir Path tmp;

  /** Rule → "message | advice" of its first finding on {@code fixture}, in Chinese. */
  private Map<String, String> firstOfEachRule(String fixture) {
    Map<String, String> out = new TreeMap<>();
    for (Finding f :
        FixtureSite.check(FixtureSite.build(fixture, tmp.resolve(fixture))).findings()) {
      out.putIfAbsent(f.rule(), f.message(ZH) + " | " + f.advice(ZH));
    }
    return out;
  }

  @Test
  void everyRuleSpeaksChinese() {
    Map<String, String> expected = new TreeMap<>();
    expected.put(
        "date_sanity",
        "发布日期 2025-03-01 在未来（今天是 2025-02-01） | 请改正源文件中的 date=，或到那一天再发布：检查时未来日期按“虚假发布日期”处理");
    expected.put(
        "deadline",
        "2023 年度法治政府建设年度报告于 2024-05-10 发布，晚于法定期限 2024-03-31 | 如日期属实则无需修改（网站会标明逾期）；下一年度的请在 3 月 31 日前发布");
    expected.put(
        "empty_column", "栏目没有任何内容（空白栏目；检查中空白栏目会导致网站不合格） | 请至少发布一篇属于该栏目的报告，或在有内容之前把该栏目从导航中去掉");
    expected.put(
        "external_link",
        "链接到其他网站的 https://www.gov.cn/zhengce/2021-08/11/content_5630802.htm（仅列出，未访问） | 请人工打开，确认链接仍然有效、内容仍然正确");
    expected.put(
        "foreign_script",
        "从 evil.example.net 加载脚本（https://evil.example.net/jump.js），不在允许名单中 | 如果模板没有加载它，说明页面在生成后被改动：请重新生成并部署，并用 `publisher check --verify` 核对已部署的副本；如确需加载，请把该域名加入 jbake.properties 的 check.allowed_script_hosts");
    expected.put(
        "hidden_link",
        "隐藏链接指向“https://yule.example.com/”（“娱乐城”；外层 <div> 上的 移出屏幕的 left:-9999px） | 请删除：本程序从不生成隐藏链接，说明页面在生成后被改动——请重新生成并部署，用 `publisher check --verify` 核对已部署的副本，并查明改动来源");
    expected.put(
        "links",
        "链接“../2023/qingxi-2023.html”指向 reports/2023/qingxi-2023.html，但生成的网站中没有这个文件 | 请改正 content/reports/2024/qingxi-2024.md 中的链接，或把该文件放到 assets/ 下（会原样复制到网站）");
    expected.put(
        "mandated_sections",
        "缺少“其他需要报告的情况”部分（查找了含 其他需要报告, 其他情况, 其他事项 的标题） | 请加上这一部分的标题（## …、其他需要报告的情况），如确无内容，也请在该标题下写明");
    expected.put(
        "missing_report",
        "源城区清溪镇没有发布 2023 年度的法治政府建设年度报告（期限 2024-03-31）；已有草稿 | 请完成草稿并设为 status=published");
    expected.put(
        "personal_data",
        "页面显示了手机号码（138****5678） | 请删除或遮盖（例如 138****5678）；如依法确需公开，请在报告文件头加上 allow_personal_data=mobile：见 content/reports/2024/qingxi-2024.md，改后重新生成");
    expected.put(
        "residue",
        "含有Word 书签残留：“[bookmark: _GoBack]”，位于“[bookmark: _GoBack]20” | 请删除书签（Word 转换时遗留）：见 content/reports/2024/qingxi-2024.md，改后重新生成");
    expected.put(
        "site_identity",
        "site.conac_script 从 badge.example.net 加载，不是官方地址（dcs.conac.cn） | 请把发放平台为本网站提供的脚本地址原样填入 site.conac_script");
    expected.put(
        "spam", "含有垃圾词“皇冠足球比分”（赌博或色情广告） | 请恢复原文：见 content/reports/2024/qingxi-2024.md，改后重新生成");
    expected.put(
        "stale_home",
        "首页最新内容的日期是 2025-01-02，距今天（2025-02-01）已 30 天；检查要求至少每 14 天更新一次 | 请发布新内容；天数上限由 jbake.properties 中的 check.stale_home_days 设置");
    expected.put(
        "undated",
        "列表项“清溪镇2024年法治政府建设年度报告”没有发布日期 | 每一项都要显示日期（模板的列表宏会写出 <time>）；如模板已写出，说明页面在生成后被改动：请重新生成并部署");
    Map<String, String> found = new TreeMap<>();
    // Every rule but the two without a site of their own: a new rule needs its Chinese here too.
    for (Rule rule : SiteChecker.rules()) {
      if (!List.of("page_furniture", "unsafe_url").contains(rule.id())) {
        String fixture = "invalid-" + rule.id().replace('_', '-');
        found.put(rule.id(), firstOfEachRule(fixture).get(rule.id()));
      }
    }
    assertEquals(expected, found);
  }
}
