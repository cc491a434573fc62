/**
 * Turns reports as editors have them (plain text in any Chinese encoding, pages saved from a
 * disclosure portal, Word files) into report files of the content format, and scaffolds new reports
 * with an assigned 索引号. Reports every removal and every suspicious finding instead of silently
 * editing the official text.
 */
package cn.zwgk.publisher.importer;
