package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.store.Kind;
import org.newsgraph.store.Store;

/**
 * The Spark schemas of the output tables, read from the store's record views (the ones the CLI's
 * Parquet export writes), so the job's tables keep the CLI's columns and types as they evolve.
 */
final class Schemas {
  private Schemas() {}

  /** Asks an empty temporary store for the column types of every kind's view. */
  static Map<Kind, StructType> load() {
    Map<Kind, StructType> out = new EnumMap<>(Kind.class);
    try {
      Path dir = Files.createTempDirectory("newsgraph-schema");
      try (Store store = Store.open(dir.resolve("schema.db"))) {
        for (Kind kind : Kind.values()) {
          List<StructField> fields = new ArrayList<>();
          store.columns(kind).forEach((name, duck) -> fields.add(DataTypes.createStructField(name, type(duck), true)));
          out.put(kind, DataTypes.createStructType(fields));
        }
      } finally {
        Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A DuckDB type as DESCRIBE prints it (e.g. {@code STRUCT("text" VARCHAR, "start" INTEGER)[]}). */
  static DataType type(String duck) {
    Parser p = new Parser(duck);
    DataType t = p.type();
    if (p.i != duck.length()) throw new IllegalArgumentException("cannot read DuckDB type " + duck);
    return t;
  }

  private static final class Parser {
    final String s;
    int i;

    Parser(String s) {
      this.s = s;
    }

    DataType type() {
      DataType t;
      skip();
      if (s.startsWith("STRUCT(", i)) {
        i += 7;
        List<StructField> fields = new ArrayList<>();
        while (true) {
          skip();
          String name = name();
          DataType ft = type();
          fields.add(DataTypes.createStructField(name, ft, true));
          skip();
          char c = s.charAt(i++);
          if (c == ')') break;
          if (c != ',') throw new IllegalArgumentException("bad STRUCT in " + s);
        }
        t = DataTypes.createStructType(fields);
      } else if (s.startsWith("MAP(", i)) {
        i += 4;
        DataType k = type();
        skip();
        if (s.charAt(i++) != ',') throw new IllegalArgumentException("bad MAP in " + s);
        DataType v = type();
        skip();
        if (s.charAt(i++) != ')') throw new IllegalArgumentException("bad MAP in " + s);
        t = DataTypes.createMapType(k, v, true);
      } else {
        int j = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        t = scalar(s.substring(j, i));
      }
      while (s.startsWith("[]", i)) {
        i += 2;
        t = DataTypes.createArrayType(t, true);
      }
      return t;
    }

    String name() {
      if (s.charAt(i) == '"') {
        int j = s.indexOf('"', i + 1);
        String n = s.substring(i + 1, j);
        i = j + 1;
        return n;
      }
      int j = i;
      while (s.charAt(i) != ' ') i++;
      return s.substring(j, i);
    }

    void skip() {
      while (i < s.length() && s.charAt(i) == ' ') i++;
    }

    static DataType scalar(String name) {
      return switch (name.toUpperCase(Locale.ROOT)) {
        case "VARCHAR", "TEXT", "STRING", "UUID" -> DataTypes.StringType;
        case "INTEGER", "INT", "INT4" -> DataTypes.IntegerType;
        case "BIGINT", "INT8", "HUGEINT" -> DataTypes.LongType;
        case "SMALLINT" -> DataTypes.ShortType;
        case "TINYINT" -> DataTypes.ByteType;
        case "DOUBLE", "FLOAT8" -> DataTypes.DoubleType;
        case "FLOAT", "REAL" -> DataTypes.FloatType;
        case "BOOLEAN" -> DataTypes.BooleanType;
        case "DATE" -> DataTypes.DateType;
        case "TIMESTAMP" -> DataTypes.TimestampNTZType;
        case "TIMESTAMP WITH TIME ZONE" -> DataTypes.TimestampType;
        default -> throw new IllegalArgumentException("no Spark type for DuckDB " + name);
      };
    }
  }
}
