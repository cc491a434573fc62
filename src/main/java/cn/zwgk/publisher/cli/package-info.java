/**
 * The {@code publisher} command line: thin picocli commands over the stages. Only this package
 * prints or chooses an exit status: 0 success, 1 invalid content, 2 usage error, 3 deploy failure.
 */
package cn.zwgk.publisher.cli;
