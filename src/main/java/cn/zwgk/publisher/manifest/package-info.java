/**
 * The manifest of a built site: every published file with its SHA-256 and size. The build writes
 * it last (it doubles as the stamp of a finished build); check verifies deployed copies against it
 * and deploy uses it to send only what changed.
 */
package cn.zwgk.publisher.manifest;
