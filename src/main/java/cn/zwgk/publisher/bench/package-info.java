/**
 * Benchmark harness: generates synthetic report corpora in the report format and times builds of
 * them.
 */
package cn.zwgk.publisher.bench;
