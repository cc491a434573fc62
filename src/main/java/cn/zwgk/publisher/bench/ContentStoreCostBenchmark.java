package cn.zwgk.publisher.bench;

import java.util.Date;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * Measures JBake's embedded OrientDB as JBake uses it: the start-up every bake pays, and the
 * per-page query {@code DocumentsRenderer} makes (all documents of the type, sorted, once per
 * rendered page) for N metadata-only documents.
 *
 * <p>Usage: {@code java -cp target/publisher.jar cn.zwgk.publisher.bench.ContentStoreCostBenchmark
 * N}
 */
public final class ContentStoreCostBenchmark {
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    java.util.logging.Logger.getLogger("com.orientechnologies")
        .setLevel(java.util.logging.Level.SEVERE);
    DocumentTypes.addDocumentType("report");
    for (int round = 1; round <= 2; round++) {
      long t0 = System.nanoTime();
      ContentStore db = new ContentStore("memory", "bench" + round);
      db.startup();
      db.updateSchema();
      long t1 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        DocumentModel d = new DocumentModel();
        d.setType("report");
        d.setUri("reports/" + i + ".html");
        d.setSourceUri("reports/" + i + ".md");
        d.setStatus("published");
        d.setTitle("报告" + i);
        d.setDate(new Date(1_600_000_000_000L + i * 86_400_000L));
        d.setSha1("x");
        d.setRendered(false);
        d.setCached(true);
        db.addDocument(d);
      }
      long t2 = System.nanoTime();
      int pages = Math.min(n, 200);
      for (int i = 0; i < pages; i++) {
        db.getAllContent("report");
      }
      long t3 = System.nanoTime();
      db.close();
      db.shutdown();
      System.out.printf(
          "round %d: start-up %.0f ms, insert %d docs %.0f ms, getAllContent %.1f ms per page (x %d pages in a bake of %d)%n",
          round, (t1 - t0) / 1e6, n, (t2 - t1) / 1e6, (t3 - t2) / 1e6 / pages, n, n);
    }
  }
}
