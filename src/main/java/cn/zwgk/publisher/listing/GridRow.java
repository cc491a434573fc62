package cn.zwgk.publisher.listing;

import cn.zwgk.publisher.metadata.Report;
import java.util.List;

/** One township's row of the township × year grid: a cell per year, oldest year first. */
public record GridRow(Township township, List<Cell> cells) {

  /** The reports of one township for one year; empty when none is published. */
  public record Cell(int year, List<Entry> entries) {
    public boolean isEmpty() {
      return entries.isEmpty();
    }
  }

  /** A report in a cell, and whether it was published after the legal deadline. */
  public record Entry(Report report, boolean late) {}
}
