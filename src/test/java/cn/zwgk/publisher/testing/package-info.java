/**
 * Real components for integration tests: a static HTTP server on loopback serving a built site, and
 * headless Chromium driven through the system chromedriver.
 */
package cn.zwgk.publisher.testing;
