package cn.zwgk.publisher.importer;

import java.util.List;
import java.util.Optional;

/**
 * The lines above a report's body: the issuing bodies (one or two, e.g. the township's party
 * committee and its government), the title, and the addressee line (主送机关) when there is one.
 *
 * @param title the title line, empty for a headerless report
 * @param titleAt where the title line is, or empty
 * @param issuingBodies the issuing bodies named above the title, in order
 * @param addressee the addressee line ({@code 中共建宁县委、建宁县人民政府：}), or empty; it stays in the body
 * @param bodyStart index of the first block of the body
 */
public record TitleBlock(
    String title,
    Optional<SourcePosition> titleAt,
    List<String> issuingBodies,
    String addressee,
    int bodyStart) {
  public TitleBlock {
    issuingBodies = List.copyOf(issuingBodies);
  }
}
