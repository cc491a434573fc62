/**
 * Live preview for editors: builds the site, serves it on 127.0.0.1, rebuilds incrementally when
 * content, templates, assets or settings change, and reloads open pages. A build error is shown in
 * the browser and on the console while the last good site keeps being served.
 */
package cn.zwgk.publisher.preview;
