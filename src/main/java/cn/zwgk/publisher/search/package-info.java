/**
 * Offline full-text search: a bigram tokenizer for Chinese, an index built at bake time from the
 * report model and written as static sharded JSON files, and a reader that evaluates queries over
 * those files exactly as {@code assets/js/search.js} does in the browser. Plain Java: no JBake.
 */
package cn.zwgk.publisher.search;
