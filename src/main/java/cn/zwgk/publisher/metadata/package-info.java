/**
 * The report schema: the fields of a disclosed document (名称, 索引号, 分类, 发布机构, 成文日期, 文号, 发布日期,
 * 主题词, township, county, year) and the rules each must satisfy.
 */
package cn.zwgk.publisher.metadata;
