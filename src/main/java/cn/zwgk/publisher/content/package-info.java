/**
 * Reads report source files strictly: UTF-8 only, a JBake header of {@code key=value} lines ended
 * by the separator line, then the Markdown body, every piece with its line number.
 */
package cn.zwgk.publisher.content;
