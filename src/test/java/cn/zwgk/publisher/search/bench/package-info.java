/**
 * The search benchmark: a synthetic corpus with the vocabulary of real reports, and a driver that
 * builds the index and measures its size, the bytes a query downloads, and query time in Chromium.
 */
package cn.zwgk.publisher.search.bench;
