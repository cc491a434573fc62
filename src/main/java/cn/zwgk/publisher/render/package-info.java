/**
 * Markdown to HTML: the Flexmark parser and renderer, built once per build and shared by all
 * reports.
 */
package cn.zwgk.publisher.render;
