package cn.zwgk.publisher.importer;

/** One value of the metadata block of a disclosure page (索引号, 名称, …) and where it stands. */
public record PageField(String label, String value, SourcePosition at) {}
