/**
 * Publishing a finished build to the web server: atomic (releases/ + a {@code current} symlink
 * switched by rename), incremental (unchanged files are hard-linked on the server), resumable and
 * bounded in time. Depends only on {@code config}, {@code problem}, {@code manifest} and the
 * transport libraries (Maven Wagon, JSch, Maven's settings reader).
 */
package cn.zwgk.publisher.deploy;
