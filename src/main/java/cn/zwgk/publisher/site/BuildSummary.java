package cn.zwgk.publisher.site;

import cn.zwgk.publisher.problem.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** What a successful build produced, for the one-screen summary the CLI prints. */
public record BuildSummary(
    int published,
    int drafts,
    int townships,
    long counties,
    List<Integer> years,
    int pagesWritten,
    List<Problem> warnings,
    Path output,
    Duration elapsed) {}
