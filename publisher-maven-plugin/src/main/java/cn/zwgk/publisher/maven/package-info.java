/**
 * The Maven plugin: a portal project's {@code mvn package} bakes and checks its content with the
 * publisher, {@code mvn publisher:serve} previews it and {@code mvn deploy} publishes it. Each goal
 * runs the publisher's own command in-process, so messages, exit rules and settings are the command
 * line's; output goes to Maven's log and a failure fails the Maven build with the same {@code
 * path:line} messages.
 */
package cn.zwgk.publisher.maven;
