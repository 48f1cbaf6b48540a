package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from checked parameters: SQL text from code only, values always bound. */
final class Where {
  private final List<String> clauses = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  Where add(String sql, Object... values) {
    clauses.add(sql);
    params.addAll(List.of(values));
    return this;
  }

  /** ({@code sql} OR {@code sql} ...) with each value bound {@code perValue} times. */
  Where anyOf(List<String> values, String sql, int perValue) {
    if (values.isEmpty()) return this;
    List<String> ors = new ArrayList<>();
    for (String v : values) {
      ors.add("(" + sql + ")");
      for (int i = 0; i < perValue; i++) params.add(v);
    }
    clauses.add("(" + String.join(" OR ", ors) + ")");
    return this;
  }

  String sql() {
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  Object[] params(Object... more) {
    List<Object> all = new ArrayList<>(params);
    all.addAll(List.of(more));
    return all.toArray();
  }
}
