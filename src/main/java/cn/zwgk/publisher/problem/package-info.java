/** Problems found in user input, with the file, line and field they concern, collected and reported together. */
package cn.zwgk.publisher.problem;
