/**
 * HTML post-processing with Jsoup: the sanitizer every report body passes through before it reaches
 * a page.
 */
package cn.zwgk.publisher.html;
