/**
 * Adapters that plug the publisher into JBake through its own extension points: the content store
 * and crawler handed to {@code Oven(Utensils)}, the {@code md} markup engine, the auto-escaping
 * Freemarker template engine, the model extractor, the rendering tools and the asset step that
 * publishes only the attachments and images of published reports. Each class is named after the
 * JBake type it implements; nothing outside this package and the bootstrap imports {@code
 * org.jbake}.
 */
package cn.zwgk.publisher.site.jbake;
