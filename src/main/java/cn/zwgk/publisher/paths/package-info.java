/**
 * Where the build may read and write: paths taken from input are resolved inside their folder by
 * real path, or refused, so no symlink, {@code ..}, encoded backslash or look-alike slash reaches a
 * file outside the source or writes one outside the output.
 */
package cn.zwgk.publisher.paths;
