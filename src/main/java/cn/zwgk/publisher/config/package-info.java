/** The site's settings, read from {@code jbake.properties} at the top of the source folder. */
package cn.zwgk.publisher.config;
