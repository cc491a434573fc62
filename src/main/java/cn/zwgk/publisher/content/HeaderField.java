package cn.zwgk.publisher.content;

/** One {@code key=value} line of a report header, trimmed, with its 1-based line number. */
public record HeaderField(String key, String value, int line) {}
