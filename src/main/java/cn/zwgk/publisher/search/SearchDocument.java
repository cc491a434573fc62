package cn.zwgk.publisher.search;

/**
 * A report as a search result shows it, stored as {@code search/docs/ID.json} and fetched only for
 * the results on screen. {@code text} is the plain text of the body, from which the browser cuts
 * the snippet around the matched terms. Empty strings stand for values the report does not state.
 */
public record SearchDocument(
    String uri,
    String title,
    String township,
    String county,
    int year,
    String date,
    String indexNumber,
    String docNumber,
    String text) {}
