/**
 * The demonstration portal: a clearly fictional county (样例县) written as a site source from the
 * templates shipped here, to be built like any other site, never into a real {@code content/}.
 */
package cn.zwgk.publisher.demo;
