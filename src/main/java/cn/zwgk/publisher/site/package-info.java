/**
 * Runs the stages: load and validate content, bake with JBake into a staging folder, post-process
 * and check, then swap the staging folder into place. The only package that bootstraps JBake (its
 * adapters live in {@code site.jbake}); the view records here are what templates see.
 */
package cn.zwgk.publisher.site;
