package cn.zwgk.publisher.annualreport;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every national table of one 政府信息公开工作年度报告 that its source holds. A table missing from the source
 * is absent here (and was reported as a problem).
 */
public record DisclosureTables(Map<DisclosureTable, FilledTable> tables) {
  public DisclosureTables {
    EnumMap<DisclosureTable, FilledTable> copy = new EnumMap<>(DisclosureTable.class);
    copy.putAll(tables);
    tables = Collections.unmodifiableMap(copy);
  }

  public Optional<FilledTable> get(DisclosureTable table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** The table when present and every cell of it is a number. */
  public Optional<FilledTable> complete(DisclosureTable table) {
    return get(table).filter(FilledTable::complete);
  }
}
